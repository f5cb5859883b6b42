# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

# After a link whose words name another address than the one it opens.
reader-link-deceptive = [⚠ this link does not go to { $shown } but to { $actual }]

# posta show FOLDER N: N is past the end of the folder's list.
reader-cli-no-message = There is no message { $number } in “{ $folder }”: it holds { $count ->
    [one] one message
   *[other] { $count } messages
}. “posta messages { $folder }” lists them.
# posta show: the message is known but its body was never downloaded.
reader-cli-not-downloaded = Message { $number } in “{ $folder }” has not been downloaded to this computer yet. Run “posta sync” first.

# A link was clicked but the desktop could not open it.
reader-link-not-opened = The link could not be opened: no web browser or mail program is set up to open it.
reader-cli-not-an-address = “{ $address }” is not a mail address.
reader-cli-sender-not-allowed = Remote content from “{ $address }” was not being loaded without asking; nothing changed. “posta remote-content list” shows the senders.

# The bar above a message whose remote images were not loaded.
reader-remote-blocked = Remote images in this message were not loaded, so the sender cannot see that you opened it.
reader-remote-show = Show for this message
reader-remote-always = Always for this sender
reader-remote-loading = Loading remote images…
reader-remote-failed = { $count ->
    [one] One remote image could not be loaded.
   *[other] { $count } remote images could not be loaded.
}
# An attachment could not be handed to the desktop's default application.
reader-attachment-not-opened = The attachment could not be opened: { $details }. Save it and open it from your files.
