//! Own binary: this test takes the session bus away from the process, as a
//! desktop without a Secret Service looks.

mod wizard_keyring;
