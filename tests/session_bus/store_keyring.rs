//! Passwords in the Secret Service. Without a session bus the keyring must
//! say it is unavailable (a real outcome the UI explains, not a skipped
//! test); with one (run under `dbus-run-session` with an unlocked
//! gnome-keyring) a password goes in, comes back and is deleted.
//!
//! `dbus-run-session -- sh -c 'echo -n pass | gnome-keyring-daemon --unlock --components=secrets; cargo test --test session_bus'`

use posta_core::store::keyring::{delete_password, load_password, store_password, KeyringError};
use posta_core::Secret;

#[tokio::test]
async fn the_keyring_round_trips_a_password_or_says_it_is_unavailable() {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").filter(|v| !v.is_empty());
    if bus.is_none() {
        // zbus would otherwise fall back to $XDG_RUNTIME_DIR/bus; without an
        // address there is no bus to find. The other test in this binary
        // (notify_desktop) needs the bus too and fails alike without one.
        std::env::remove_var("XDG_RUNTIME_DIR");
        println!("no session bus: expecting the keyring to be unavailable");
        let err = load_password(1, "nobody").await.unwrap_err();
        assert!(matches!(err, KeyringError::Unavailable(_)), "{err:?}");
        let err = store_password(1, "nobody", &Secret::new("hunter2"))
            .await
            .unwrap_err();
        assert!(matches!(err, KeyringError::Unavailable(_)), "{err:?}");
        assert!(!format!("{err:?} {err}").contains("hunter2"));
        return;
    }

    println!("session bus found: round-tripping a password");
    let account = i64::from(std::process::id());
    let user = "test-user@example.sk";
    let password = Secret::new("Żółć-pošta-парола 🔑");
    store_password(account, user, &password)
        .await
        .expect("store the password");
    assert_eq!(
        load_password(account, user)
            .await
            .expect("load the password"),
        password
    );
    // Another account with the same user name is a different entry.
    assert_eq!(
        load_password(account + 1, user).await,
        Err(KeyringError::NotFound)
    );
    // Storing again replaces.
    let changed = Secret::new("changed");
    store_password(account, user, &changed).await.unwrap();
    assert_eq!(load_password(account, user).await.unwrap(), changed);

    delete_password(account, user)
        .await
        .expect("delete the password");
    assert_eq!(
        load_password(account, user).await,
        Err(KeyringError::NotFound)
    );
    assert_eq!(
        delete_password(account, user).await,
        Err(KeyringError::NotFound)
    );
}
