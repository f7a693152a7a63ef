<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Needs reconnect</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>the accounts page</source>
        <translation>the accounts page</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The Local outbox saves posts as files on this computer, so everything works before you connect a platform. Passwords and tokens are kept only in the system keyring.</source>
        <translation>The Local outbox saves posts as files on this computer, so everything works before you connect a platform. Passwords and tokens are kept only in the system keyring.</translation>
    </message>
    <message>
        <source>the account list</source>
        <translation>the account list</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Accounts:</translation>
    </message>
    <message>
        <source>&amp;Human Agent (7 days)</source>
        <translation>&amp;Human Agent (7 days)</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>Checking “{name}”…</translation>
    </message>
    <message>
        <source>Checking “{name}” failed unexpectedly ({reason}).</source>
        <translation>Checking “{name}” failed unexpectedly ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” works. {details}</source>
        <translation>“{name}” works. {details}</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not removed: {reason}</source>
        <translation>“{name}” was not removed: {reason}</translation>
    </message>
    <message>
        <source>Account name in HumasDesk</source>
        <translation>Account name in HumasDesk</translation>
    </message>
    <message>
        <source>How HumasDesk names this account, for example Bluesky RSKO. Leave it empty to use the account&apos;s own name.</source>
        <translation>How HumasDesk names this account, for example Bluesky RSKO. Leave it empty to use the account&apos;s own name.</translation>
    </message>
    <message>
        <source>Meta app ID</source>
        <translation>Meta app ID</translation>
    </message>
    <message>
        <source>Digits only: Meta for Developers, your app, App settings, Basic.</source>
        <translation>Digits only: Meta for Developers, your app, App settings, Basic.</translation>
    </message>
    <message>
        <source>Meta app secret</source>
        <translation>Meta app secret</translation>
    </message>
    <message>
        <source>App settings, Basic. Kept in the system keyring only.</source>
        <translation>App settings, Basic. Kept in the system keyring only.</translation>
    </message>
    <message>
        <source>Redirect address (optional)</source>
        <translation>Redirect address (optional)</translation>
    </message>
    <message>
        <source>Only when the app accepts nothing but its registered address: then you paste the address the browser ends on. Leave it empty and the browser comes back to HumasDesk by itself.</source>
        <translation>Only when the app accepts nothing but its registered address: then you paste the address the browser ends on. Leave it empty and the browser comes back to HumasDesk by itself.</translation>
    </message>
    <message>
        <source>Token (optional)</source>
        <translation>Token (optional)</translation>
    </message>
    <message>
        <source>A token from Meta&apos;s Graph API Explorer, instead of logging in in the browser.</source>
        <translation>A token from Meta&apos;s Graph API Explorer, instead of logging in in the browser.</translation>
    </message>
    <message>
        <source>Facebook page ID (optional)</source>
        <translation>Facebook page ID (optional)</translation>
    </message>
    <message>
        <source>Leave it empty to choose from the pages this login manages.</source>
        <translation>Leave it empty to choose from the pages this login manages.</translation>
    </message>
    <message>
        <source>Needs the App ID and App secret of the hospital&apos;s Meta app, then a Facebook login in the browser (or a pasted token).</source>
        <translation>Needs the App ID and App secret of the hospital&apos;s Meta app, then a Facebook login in the browser (or a pasted token).</translation>
    </message>
    <message>
        <source>Needs the same Meta app and login as the Facebook page, and the Instagram professional account linked to that page.</source>
        <translation>Needs the same Meta app and login as the Facebook page, and the Instagram professional account linked to that page.</translation>
    </message>
    <message>
        <source>Where images go first</source>
        <translation>Where images go first</translation>
    </message>
    <message>
        <source>Needs the Client ID of your own X app; then you log in and allow access in the browser.</source>
        <translation>Needs the Client ID of your own X app; then you log in and allow access in the browser.</translation>
    </message>
    <message>
        <source>X app Client ID</source>
        <translation>X app Client ID</translation>
    </message>
    <message>
        <source>X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID.</source>
        <translation>X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID.</translation>
    </message>
    <message>
        <source>Needs the handle and an app password (Bluesky: Settings, Privacy and security, App passwords); not your main password.</source>
        <translation>Needs the handle and an app password (Bluesky: Settings, Privacy and security, App passwords); not your main password.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>For example rsko.bsky.social.</source>
        <translation>For example rsko.bsky.social.</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leave https://bsky.social unless the account lives on another server.</source>
        <translation>Leave https://bsky.social unless the account lives on another server.</translation>
    </message>
    <message>
        <source>Needs the server&apos;s address; then you log in and allow access in the browser.</source>
        <translation>Needs the server&apos;s address; then you log in and allow access in the browser.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>For example mastodon.social.</source>
        <translation>For example mastodon.social.</translation>
    </message>
    <message>
        <source>Who sees the posts</source>
        <translation>Who sees the posts</translation>
    </message>
    <message>
        <source>Browser comes back by itself</source>
        <translation>Browser comes back by itself</translation>
    </message>
    <message>
        <source>After you allow access, the browser returns to HumasDesk. Turn it off to paste the code the server shows instead.</source>
        <translation>After you allow access, the browser returns to HumasDesk. Turn it off to paste the code the server shows instead.</translation>
    </message>
    <message>
        <source>Needs a token from the Meta app dashboard, or the Threads App ID, App secret and redirect address for a login in the browser.</source>
        <translation>Needs a token from the Meta app dashboard, or the Threads App ID, App secret and redirect address for a login in the browser.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Meta app dashboard, Threads use case, User Token Generator. Leave it empty to log in in the browser instead.</source>
        <translation>Meta app dashboard, Threads use case, User Token Generator. Leave it empty to log in in the browser instead.</translation>
    </message>
    <message>
        <source>Threads app ID</source>
        <translation>Threads app ID</translation>
    </message>
    <message>
        <source>Threads app secret</source>
        <translation>Threads app secret</translation>
    </message>
    <message>
        <source>Your own LinkedIn profile</source>
        <translation>Your own LinkedIn profile</translation>
    </message>
    <message>
        <source>An organization page you administer</source>
        <translation>An organization page you administer</translation>
    </message>
    <message>
        <source>Needs the Client ID and Client secret of your own LinkedIn app; then you log in and allow access in the browser.</source>
        <translation>Needs the Client ID and Client secret of your own LinkedIn app; then you log in and allow access in the browser.</translation>
    </message>
    <message>
        <source>LinkedIn app Client ID</source>
        <translation>LinkedIn app Client ID</translation>
    </message>
    <message>
        <source>LinkedIn developer portal, your app, Auth.</source>
        <translation>LinkedIn developer portal, your app, Auth.</translation>
    </message>
    <message>
        <source>LinkedIn: the Client ID of your LinkedIn app</source>
        <translation>LinkedIn: the Client ID of your LinkedIn app</translation>
    </message>
    <message>
        <source>LinkedIn app Client secret</source>
        <translation>LinkedIn app Client secret</translation>
    </message>
    <message>
        <source>Auth, Primary Client Secret. Kept in the system keyring only.</source>
        <translation>Auth, Primary Client Secret. Kept in the system keyring only.</translation>
    </message>
    <message>
        <source>Post on</source>
        <translation>Post on</translation>
    </message>
    <message>
        <source>LinkedIn: post on your own profile or on an organization page</source>
        <translation>LinkedIn: post on your own profile or on an organization page</translation>
    </message>
    <message>
        <source>Organization page ID (optional)</source>
        <translation>Organization page ID (optional)</translation>
    </message>
    <message>
        <source>The number in the page&apos;s admin address. Leave it empty to choose from the pages you administer.</source>
        <translation>The number in the page&apos;s admin address. Leave it empty to choose from the pages you administer.</translation>
    </message>
    <message>
        <source>LinkedIn: the organization page, when you administer several</source>
        <translation>LinkedIn: the organization page, when you administer several</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Redirect address</translation>
    </message>
    <message>
        <source>Register this address in your LinkedIn app (Auth, Authorized redirect URLs); the browser then comes back to HumasDesk by itself.</source>
        <translation>Register this address in your LinkedIn app (Auth, Authorized redirect URLs); the browser then comes back to HumasDesk by itself.</translation>
    </message>
    <message>
        <source>The https address registered in the Threads app; you paste the address the browser ends on.</source>
        <translation>The https address registered in the Threads app; you paste the address the browser ends on.</translation>
    </message>
    <message>
        <source>Needs a bot token from BotFather and the channel; the bot must be an administrator of the channel, allowed to post.</source>
        <translation>Needs a bot token from BotFather and the channel; the bot must be an administrator of the channel, allowed to post.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>@name, t.me/name, or a private channel&apos;s number starting with -100.</source>
        <translation>@name, t.me/name, or a private channel&apos;s number starting with -100.</translation>
    </message>
    <message>
        <source>Needs the site&apos;s address, your WordPress user name and an application password (your profile page, Application Passwords).</source>
        <translation>Needs the site&apos;s address, your WordPress user name and an application password (your profile page, Application Passwords).</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>For example https://www.rsko.co.id.</source>
        <translation>For example https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>WordPress user name</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Application password</translation>
    </message>
    <message>
        <source>Nothing to type: you post on Kompasiana by hand, HumasDesk prepares the text and opens the site.</source>
        <translation>Nothing to type: you post on Kompasiana by hand, HumasDesk prepares the text and opens the site.</translation>
    </message>
    <message>
        <source>Address of the write page (optional)</source>
        <translation>Address of the write page (optional)</translation>
    </message>
    <message>
        <source>Nothing to type: you post on Kaskus by hand, HumasDesk prepares the text and opens the site.</source>
        <translation>Nothing to type: you post on Kaskus by hand, HumasDesk prepares the text and opens the site.</translation>
    </message>
    <message>
        <source>Any other site: needs the address of its write page. You post there by hand; HumasDesk prepares the text and opens the page.</source>
        <translation>Any other site: needs the address of its write page. You post there by hand; HumasDesk prepares the text and opens the page.</translation>
    </message>
    <message>
        <source>Address of the write page</source>
        <translation>Address of the write page</translation>
    </message>
    <message>
        <source>Nothing to type: posts are saved as files on this computer.</source>
        <translation>Nothing to type: posts are saved as files on this computer.</translation>
    </message>
    <message>
        <source>The WordPress site “{name}” (its media library)</source>
        <translation>The WordPress site “{name}” (its media library)</translation>
    </message>
    <message>
        <source>Nowhere: images are posted by hand</source>
        <translation>Nowhere: images are posted by hand</translation>
    </message>
    <message>
        <source>The linked Facebook page (hidden, temporary photos)</source>
        <translation>The linked Facebook page (hidden, temporary photos)</translation>
    </message>
    <message>
        <source>Fill in “{field}”.</source>
        <translation>Fill in “{field}”.</translation>
    </message>
    <message>
        <source>Paste a token, or fill in the app ID, the app secret and the redirect address to log in in the browser.</source>
        <translation>Paste a token, or fill in the app ID, the app secret and the redirect address to log in in the browser.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a removed account that is kept for its post history. Choose another name, or reconnect that account.</source>
        <translation>“{name}” is the name of a removed account that is kept for its post history. Choose another name, or reconnect that account.</translation>
    </message>
    <message>
        <source>There is already an account named “{name}”. Choose another name.</source>
        <translation>There is already an account named “{name}”. Choose another name.</translation>
    </message>
    <message>
        <source>Reading the inbox is on. {cost}</source>
        <translation>Reading the inbox is on. {cost}</translation>
    </message>
    <message>
        <source>An account name is one line: remove the line breaks and control characters.</source>
        <translation>An account name is one line: remove the line breaks and control characters.</translation>
    </message>
    <message>
        <source>Choose a connected WordPress site to hold the images.</source>
        <translation>Choose a connected WordPress site to hold the images.</translation>
    </message>
    <message>
        <source>HumasDesk cannot add a {platform} account yet.</source>
        <translation>HumasDesk cannot add a {platform} account yet.</translation>
    </message>
    <message>
        <source>Remove the account “{name}”? HumasDesk forgets its login (the keyring entries).</source>
        <translation>Remove the account “{name}”? HumasDesk forgets its login (the keyring entries).</translation>
    </message>
    <message>
        <source>It has posts in its history, so it is disabled rather than deleted; the history stays.</source>
        <translation>It has posts in its history, so it is disabled rather than deleted; the history stays.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) for it will be cancelled.</source>
        <translation>
            <numerusform>%n scheduled post for it will be cancelled.</numerusform>
            <numerusform>%n scheduled posts for it will be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting in the platform&apos;s own schedule will be cancelled there first.</source>
        <translation>
            <numerusform>%n post waiting in the platform&apos;s own schedule will be cancelled there first.</numerusform>
            <numerusform>%n posts waiting in the platform&apos;s own schedule will be cancelled there first.</numerusform>
        </translation>
    </message>
    <message>
        <source>{accounts} put their images on this site; they will post images by hand instead.</source>
        <translation>{accounts} put their images on this site; they will post images by hand instead.</translation>
    </message>
    <message>
        <source>Removed “{name}” and forgot its login.</source>
        <translation>Removed “{name}” and forgot its login.</translation>
    </message>
    <message>
        <source>“{name}” has posts in its history, so it was disabled rather than deleted; its login was forgotten.</source>
        <translation>“{name}” has posts in its history, so it was disabled rather than deleted; its login was forgotten.</translation>
    </message>
    <message>
        <source>Disabled (removed; kept for its post history)</source>
        <translation>Disabled (removed; kept for its post history)</translation>
    </message>
    <message>
        <source>Only if the hospital&apos;s Meta app passed review for the Human Agent permission: messages are then answered up to 7 days after the person&apos;s last message, instead of 24 hours.</source>
        <translation>Only if the hospital&apos;s Meta app passed review for the Human Agent permission: messages are then answered up to 7 days after the person&apos;s last message, instead of 24 hours.</translation>
    </message>
    <message>
        <source>Turn on reading the inbox of “{name}”? {cost} You can turn it off again here.</source>
        <translation>Turn on reading the inbox of “{name}”? {cost} You can turn it off again here.</translation>
    </message>
    <message>
        <source>Turn off reading the inbox of “{name}”? Nothing more is billed for it; comments and mentions are no longer listed in the Inbox.</source>
        <translation>Turn off reading the inbox of “{name}”? Nothing more is billed for it; comments and mentions are no longer listed in the Inbox.</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” is on. {cost}</source>
        <translation>Reading the inbox of “{name}” is on. {cost}</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” is off; nothing more is billed for it.</source>
        <translation>Reading the inbox of “{name}” is off; nothing more is billed for it.</translation>
    </message>
    <message>
        <source>“{name}” has no Human Agent option: only Facebook and Instagram accounts answer messages with it.</source>
        <translation>“{name}” has no Human Agent option: only Facebook and Instagram accounts answer messages with it.</translation>
    </message>
    <message>
        <source>“{name}” now answers messages up to 7 days after the person&apos;s last message (Human Agent).</source>
        <translation>“{name}” now answers messages up to 7 days after the person&apos;s last message (Human Agent).</translation>
    </message>
    <message>
        <source>“{name}” now answers messages up to 24 hours after the person&apos;s last message.</source>
        <translation>“{name}” now answers messages up to 24 hours after the person&apos;s last message.</translation>
    </message>
    <message>
        <source>{name}, {platform}, {state}</source>
        <translation>{name}, {platform}, {state}</translation>
    </message>
    <message>
        <source>{name}, {state}</source>
        <translation>{name}, {state}</translation>
    </message>
    <message>
        <source>list, add, verify, reconnect or remove the accounts HumasDesk publishes to</source>
        <translation>list, add, verify, reconnect or remove the accounts HumasDesk publishes to</translation>
    </message>
    <message>
        <source>every account with its state</source>
        <translation>every account with its state</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>connect an account; passwords and tokens are asked for (hidden), or read one per line from standard input, never taken from the command line</source>
        <translation>connect an account; passwords and tokens are asked for (hidden), or read one per line from standard input, never taken from the command line</translation>
    </message>
    <message>
        <source>one of: {platforms}</source>
        <translation>one of: {platforms}</translation>
    </message>
    <message>
        <source>what HumasDesk calls the account</source>
        <translation>what HumasDesk calls the account</translation>
    </message>
    <message>
        <source>log in again (after an expired login, or to re-enable a removed account); the platform options default to the account&apos;s own</source>
        <translation>log in again (after an expired login, or to re-enable a removed account); the platform options default to the account&apos;s own</translation>
    </message>
    <message>
        <source>ask the platform who the account is logged in as</source>
        <translation>ask the platform who the account is logged in as</translation>
    </message>
    <message>
        <source>forget an account&apos;s login and remove it (an account with post history is disabled instead, so the history stays)</source>
        <translation>forget an account&apos;s login and remove it (an account with post history is disabled instead, so the history stays)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>read the account&apos;s mentions (X bills every read), or stop reading them</source>
        <translation>read the account&apos;s mentions (X bills every read), or stop reading them</translation>
    </message>
    <message>
        <source>{option}: passwords and tokens are never taken from the command line, where the shell history keeps them. Leave it out: HumasDesk asks for it with a hidden prompt, or reads it from standard input.</source>
        <translation>{option}: passwords and tokens are never taken from the command line, where the shell history keeps them. Leave it out: HumasDesk asks for it with a hidden prompt, or reads it from standard input.</translation>
    </message>
    <message>
        <source>Bluesky: the account&apos;s server (default https://bsky.social); Telegram: a local Bot API server</source>
        <translation>Bluesky: the account&apos;s server (default https://bsky.social); Telegram: a local Bot API server</translation>
    </message>
    <message>
        <source>Bluesky: the handle, such as rsko.bsky.social</source>
        <translation>Bluesky: the handle, such as rsko.bsky.social</translation>
    </message>
    <message>
        <source>Mastodon: the server, such as mastodon.social</source>
        <translation>Mastodon: the server, such as mastodon.social</translation>
    </message>
    <message>
        <source>Mastodon: who sees the posts (default public)</source>
        <translation>Mastodon: who sees the posts (default public)</translation>
    </message>
    <message>
        <source>Telegram: @name, t.me/name or -100…</source>
        <translation>Telegram: @name, t.me/name or -100…</translation>
    </message>
    <message>
        <source>WordPress: the site&apos;s address</source>
        <translation>WordPress: the site&apos;s address</translation>
    </message>
    <message>
        <source>WordPress: the user name</source>
        <translation>WordPress: the user name</translation>
    </message>
    <message>
        <source>a site posted by hand that HumasDesk knows (with --platform assisted)</source>
        <translation>a site posted by hand that HumasDesk knows (with --platform assisted)</translation>
    </message>
    <message>
        <source>a site posted by hand: the address of its write page</source>
        <translation>a site posted by hand: the address of its write page</translation>
    </message>
    <message>
        <source>X: the Client ID of your X app</source>
        <translation>X: the Client ID of your X app</translation>
    </message>
    <message>
        <source>Facebook, Instagram, Threads: the Meta app&apos;s ID</source>
        <translation>Facebook, Instagram, Threads: the Meta app&apos;s ID</translation>
    </message>
    <message>
        <source>Facebook, Instagram: the page, when you manage several</source>
        <translation>Facebook, Instagram: the page, when you manage several</translation>
    </message>
    <message>
        <source>Facebook, Instagram, X, Threads: the redirect address registered in the app; you then paste the address the browser ends on</source>
        <translation>Facebook, Instagram, X, Threads: the redirect address registered in the app; you then paste the address the browser ends on</translation>
    </message>
    <message>
        <source>Instagram, Threads: where images go first (wordpress needs --wordpress-account)</source>
        <translation>Instagram, Threads: where images go first (wordpress needs --wordpress-account)</translation>
    </message>
    <message>
        <source>Instagram, Threads: the connected WordPress site that holds the images</source>
        <translation>Instagram, Threads: the connected WordPress site that holds the images</translation>
    </message>
    <message>
        <source>Facebook, Instagram, Threads: paste a token (asked for hidden) instead of logging in in the browser</source>
        <translation>Facebook, Instagram, Threads: paste a token (asked for hidden) instead of logging in in the browser</translation>
    </message>
    <message>
        <source>Mastodon: let the browser come back to HumasDesk by itself instead of pasting the code</source>
        <translation>Mastodon: let the browser come back to HumasDesk by itself instead of pasting the code</translation>
    </message>
    <message>
        <source>change an account&apos;s setting: the Human Agent option of Facebook and Instagram, or reading X mentions, which X bills (the estimated cost is printed, and asked about, before it is turned on)</source>
        <translation>change an account&apos;s setting: the Human Agent option of Facebook and Instagram, or reading X mentions, which X bills (the estimated cost is printed, and asked about, before it is turned on)</translation>
    </message>
    <message>
        <source>Facebook and Instagram: answer messages up to 7 days after the person&apos;s last message (only if the hospital&apos;s Meta app passed review for the Human Agent permission), or within 24 hours</source>
        <translation>Facebook and Instagram: answer messages up to 7 days after the person&apos;s last message (only if the hospital&apos;s Meta app passed review for the Human Agent permission), or within 24 hours</translation>
    </message>
    <message>
        <source>only print the login address; do not open the browser</source>
        <translation>only print the login address; do not open the browser</translation>
    </message>
    <message>
        <source>Say what to do: humasdesk accounts list, add, verify, reconnect or remove (see humasdesk accounts --help).</source>
        <translation>Say what to do: humasdesk accounts list, add, verify, reconnect or remove (see humasdesk accounts --help).</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation>There is no account named “{name}”. Accounts: {known}.</translation>
    </message>
    <message>
        <source>There are no accounts. Add one with humasdesk accounts add.</source>
        <translation>There are no accounts. Add one with humasdesk accounts add.</translation>
    </message>
    <message>
        <source>{name}: {details}. {state}.</source>
        <translation>{name}: {details}. {state}.</translation>
    </message>
    <message>
        <source>{what} (hidden): </source>
        <translation>{what} (hidden): </translation>
    </message>
    <message>
        <source>No {what} was given. Type it at the prompt, or give it as one line on standard input.</source>
        <translation>No {what} was given. Type it at the prompt, or give it as one line on standard input.</translation>
    </message>
    <message>
        <source>Open this address in the browser, log in and allow HumasDesk access:</source>
        <translation>Open this address in the browser, log in and allow HumasDesk access:</translation>
    </message>
    <message>
        <source>Paste the address the browser shows after you allowed access (or the code the page shows): </source>
        <translation>Paste the address the browser shows after you allowed access (or the code the page shows): </translation>
    </message>
    <message>
        <source>This Facebook user manages several pages:</source>
        <translation>This Facebook user manages several pages:</translation>
    </message>
    <message>
        <source>Number or ID of the page to use: </source>
        <translation>Number or ID of the page to use: </translation>
    </message>
    <message>
        <source>--image-host wordpress needs --wordpress-account NAME.</source>
        <translation>--image-host wordpress needs --wordpress-account NAME.</translation>
    </message>
    <message>
        <source>“{name}” is not a WordPress site.</source>
        <translation>“{name}” is not a WordPress site.</translation>
    </message>
    <message>
        <source>--preset goes with --platform {platform}.</source>
        <translation>--preset goes with --platform {platform}.</translation>
    </message>
    <message>
        <source>Say which setting to change: --read-mentions on|off or --human-agent on|off.</source>
        <translation>Say which setting to change: --read-mentions on|off or --human-agent on|off.</translation>
    </message>
    <message>
        <source>Reading the inbox of “{name}” costs nothing; there is nothing to turn on.</source>
        <translation>Reading the inbox of “{name}” costs nothing; there is nothing to turn on.</translation>
    </message>
    <message>
        <source>This needs a confirmation: run it in a terminal, or add --yes.</source>
        <translation>This needs a confirmation: run it in a terminal, or add --yes.</translation>
    </message>
    <message>
        <source>Type yes to go on: </source>
        <translation>Type yes to go on: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Threads can put images on a WordPress site, or nowhere (assisted).</source>
        <translation>Threads can put images on a WordPress site, or nowhere (assisted).</translation>
    </message>
    <message>
        <source>{option} does not apply to {platform}.</source>
        <translation>{option} does not apply to {platform}.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”. Choose one of: {platforms}.</source>
        <translation>Unknown platform “{platform}”. Choose one of: {platforms}.</translation>
    </message>
    <message>
        <source>Threads: give --app-id and --redirect-uri to log in in the browser, or --paste-token.</source>
        <translation>Threads: give --app-id and --redirect-uri to log in in the browser, or --paste-token.</translation>
    </message>
    <message>
        <source>{problem} ({option})</source>
        <translation>{problem} ({option})</translation>
    </message>
    <message>
        <source>Added “{name}” ({platform}).</source>
        <translation>Added “{name}” ({platform}).</translation>
    </message>
    <message>
        <source>The Local outbox has no login to reconnect.</source>
        <translation>The Local outbox has no login to reconnect.</translation>
    </message>
    <message>
        <source>Reconnected “{name}”.</source>
        <translation>Reconnected “{name}”.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>The account was not removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) were cancelled.</source>
        <translation>
            <numerusform>%n scheduled post was cancelled.</numerusform>
            <numerusform>%n scheduled posts were cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was removed and is kept only for its post history. Reconnect it to use it again.</source>
        <translation>“{name}” was removed and is kept only for its post history. Reconnect it to use it again.</translation>
    </message>
    <message>
        <source>Removing needs a confirmation: run it in a terminal, or add --yes.</source>
        <translation>Removing needs a confirmation: run it in a terminal, or add --yes.</translation>
    </message>
    <message>
        <source>Type yes to remove it: </source>
        <translation>Type yes to remove it: </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <source>Connecting was cancelled. Nothing was saved.</source>
        <translation>Connecting was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Reconnect “{name}”</source>
        <translation>Reconnect “{name}”</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>the steps</source>
        <translation>the steps</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose the platform</source>
        <translation>Step 1 of 2: choose the platform</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose, then press Enter. Each line says what connecting needs.</source>
        <translation>Use the arrow keys to choose, then press Enter. Each line says what connecting needs.</translation>
    </message>
    <message>
        <source>the platform list</source>
        <translation>the platform list</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose the platform.</source>
        <translation>Step 1 of 2: choose the platform.</translation>
    </message>
    <message>
        <source>{platform}. {needs}</source>
        <translation>{platform}. {needs}</translation>
    </message>
    <message>
        <source>Step 2 of 2: {platform}</source>
        <translation>Step 2 of 2: {platform}</translation>
    </message>
    <message>
        <source>Reconnect “{name}” ({platform})</source>
        <translation>Reconnect “{name}” ({platform})</translation>
    </message>
    <message>
        <source>the account&apos;s fields</source>
        <translation>the account&apos;s fields</translation>
    </message>
    <message>
        <source>Log in again; the account keeps its name, its posts and its settings. Passwords and tokens are not shown: type them again.</source>
        <translation>Log in again; the account keeps its name, its posts and its settings. Passwords and tokens are not shown: type them again.</translation>
    </message>
    <message>
        <source>Login &amp;address:</source>
        <translation>Login &amp;address:</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;y address</translation>
    </message>
    <message>
        <source>Open in bro&amp;wser</source>
        <translation>Open in bro&amp;wser</translation>
    </message>
    <message>
        <source>&amp;Paste the address the browser ended on (or the code it shows):</source>
        <translation>&amp;Paste the address the browser ended on (or the code it shows):</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinue</translation>
    </message>
    <message>
        <source>the page list</source>
        <translation>the page list</translation>
    </message>
    <message>
        <source>&amp;Which page:</source>
        <translation>&amp;Which page:</translation>
    </message>
    <message>
        <source>&amp;Use this page</source>
        <translation>&amp;Use this page</translation>
    </message>
    <message>
        <source>Connecting to {platform}…</source>
        <translation>Connecting to {platform}…</translation>
    </message>
    <message>
        <source>Connected “{name}”.</source>
        <translation>Connected “{name}”.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({reason}). Nothing was saved.</source>
        <translation>Connecting failed unexpectedly ({reason}). Nothing was saved.</translation>
    </message>
    <message>
        <source>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access, then paste here the address the browser ends on, or the code the page shows, and press Enter.</source>
        <translation>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access, then paste here the address the browser ends on, or the code the page shows, and press Enter.</translation>
    </message>
    <message>
        <source>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access; the browser then comes back to HumasDesk by itself.</source>
        <translation>The login page is open in the browser (its address is below, with a Copy button). Log in and allow access; the browser then comes back to HumasDesk by itself.</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser.</source>
        <translation>Waiting for the login in the browser.</translation>
    </message>
    <message>
        <source>Login address copied.</source>
        <translation>Login address copied.</translation>
    </message>
    <message>
        <source>Paste the address first.</source>
        <translation>Paste the address first.</translation>
    </message>
    <message>
        <source>Finishing the login…</source>
        <translation>Finishing the login…</translation>
    </message>
    <message numerus="yes">
        <source>This login manages %n page(s). Choose the page to use, then press Use this page.</source>
        <translation>
            <numerusform>This login manages %n page. Choose the page to use, then press Use this page.</numerusform>
            <numerusform>This login manages %n pages. Choose the page to use, then press Use this page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Remove the account?</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Remove account</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Turn on paid reading?</source>
        <translation>Turn on paid reading?</translation>
    </message>
    <message>
        <source>Turn off paid reading?</source>
        <translation>Turn off paid reading?</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Turn on</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Turn off</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Leave it as it is</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>How the audience reacted, the best time to post and the weekly report</source>
        <translation>How the audience reacted, the best time to post and the weekly report</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Go to the composer to write a post</source>
        <translation>Go to the composer to write a post</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Scheduled, published and failed posts</source>
        <translation>Scheduled, published and failed posts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The accounts HumasDesk publishes to</source>
        <translation>The accounts HumasDesk publishes to</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, theme, text size, keys and speech</source>
        <translation>Language, theme, text size, keys and speech</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Comments, mentions and messages from every account, emergencies and complaints first</source>
        <translation>Comments, mentions and messages from every account, emergencies and complaints first</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Publish the post to the checked accounts now</source>
        <translation>Publish the post to the checked accounts now</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Cancel publishing</translation>
    </message>
    <message>
        <source>Stop a post during its undo time</source>
        <translation>Stop a post during its undo time</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Publish the post at the chosen date and time</source>
        <translation>Publish the post at the chosen date and time</translation>
    </message>
    <message>
        <source>Go to the post text</source>
        <translation>Go to the post text</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>See and hear the final text for each account, then publish</source>
        <translation>See and hear the final text for each account, then publish</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dictate</translation>
    </message>
    <message>
        <source>Start or stop listening; what you say is written at the cursor</source>
        <translation>Start or stop listening; what you say is written at the cursor</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Hear the text (or the selection); any key stops it</source>
        <translation>Hear the text (or the selection); any key stops it</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Attach image</translation>
    </message>
    <message>
        <source>Choose an image; you are asked to describe it</source>
        <translation>Choose an image; you are asked to describe it</translation>
    </message>
    <message>
        <source>Pick from the pictures folder</source>
        <translation>Pick from the pictures folder</translation>
    </message>
    <message>
        <source>The newest pictures in the folder chosen in Settings, with their time and size</source>
        <translation>The newest pictures in the folder chosen in Settings, with their time and size</translation>
    </message>
    <message>
        <source>Describe image</source>
        <translation>Describe image</translation>
    </message>
    <message>
        <source>Write or change the description of the selected image</source>
        <translation>Write or change the description of the selected image</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Take the selected image off the post</source>
        <translation>Take the selected image off the post</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restore the draft</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Choose account</source>
        <translation>Choose account</translation>
    </message>
    <message>
        <source>Check an account for this post, by its name or its platform</source>
        <translation>Check an account for this post, by its name or its platform</translation>
    </message>
    <message>
        <source>Skip account</source>
        <translation>Skip account</translation>
    </message>
    <message>
        <source>Uncheck an account for this post, by its name or its platform</source>
        <translation>Uncheck an account for this post, by its name or its platform</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <source>Publish the selected post now</source>
        <translation>Publish the selected post now</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>Choose a new time for the selected post</source>
        <translation>Choose a new time for the selected post</translation>
    </message>
    <message>
        <source>Edit in composer</source>
        <translation>Edit in composer</translation>
    </message>
    <message>
        <source>Take the selected post back into the composer</source>
        <translation>Take the selected post back into the composer</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <source>You checked: it did go out</source>
        <translation>You checked: it did go out</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Cancel post</translation>
    </message>
    <message>
        <source>Stop the selected post; it can be rescheduled</source>
        <translation>Stop the selected post; it can be rescheduled</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Connect a new account: choose the platform, then fill in what it needs</source>
        <translation>Connect a new account: choose the platform, then fill in what it needs</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Ask the platform who the selected account is logged in as</source>
        <translation>Ask the platform who the selected account is logged in as</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Log in again to the selected account</source>
        <translation>Log in again to the selected account</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Forget the selected account&apos;s login and remove it, after you confirm</source>
        <translation>Forget the selected account&apos;s login and remove it, after you confirm</translation>
    </message>
    <message>
        <source>Voice command</source>
        <translation>Voice command</translation>
    </message>
    <message>
        <source>Say what HumasDesk should do, for example “buka antrean” or “jadwalkan besok jam sembilan”</source>
        <translation>Say what HumasDesk should do, for example “buka antrean” or “jadwalkan besok jam sembilan”</translation>
    </message>
    <message>
        <source>Paid inbox reading</source>
        <translation>Paid inbox reading</translation>
    </message>
    <message>
        <source>Turn reading the selected account&apos;s inbox on or off where the platform bills every read (X), after hearing the cost</source>
        <translation>Turn reading the selected account&apos;s inbox on or off where the platform bills every read (X), after hearing the cost</translation>
    </message>
    <message>
        <source>Next new item</source>
        <translation>Next new item</translation>
    </message>
    <message>
        <source>Go to the next new item in the inbox</source>
        <translation>Go to the next new item in the inbox</translation>
    </message>
    <message>
        <source>Previous new item</source>
        <translation>Previous new item</translation>
    </message>
    <message>
        <source>Go to the previous new item in the inbox</source>
        <translation>Go to the previous new item in the inbox</translation>
    </message>
    <message>
        <source>Next complaint</source>
        <translation>Next complaint</translation>
    </message>
    <message>
        <source>Go to the next emergency or complaint in the inbox</source>
        <translation>Go to the next emergency or complaint in the inbox</translation>
    </message>
    <message>
        <source>Read the whole thread</source>
        <translation>Read the whole thread</translation>
    </message>
    <message>
        <source>Hear the selected item with everything before it in its conversation</source>
        <translation>Hear the selected item with everything before it in its conversation</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Answer the selected item (Enter in the list does the same)</source>
        <translation>Answer the selected item (Enter in the list does the same)</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Mark handled</translation>
    </message>
    <message>
        <source>Nothing more to do for the selected item</source>
        <translation>Nothing more to do for the selected item</translation>
    </message>
    <message>
        <source>Correct the label</source>
        <translation>Correct the label</translation>
    </message>
    <message>
        <source>Not a complaint, or a complaint that was missed; kept and learned from</source>
        <translation>Not a complaint, or a complaint that was missed; kept and learned from</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Hide, approve, mark as spam, trash or dismiss the selected item on its platform</source>
        <translation>Hide, approve, mark as spam, trash or dismiss the selected item on its platform</translation>
    </message>
    <message>
        <source>Check for new items now</source>
        <translation>Check for new items now</translation>
    </message>
    <message>
        <source>Read every account&apos;s inbox now</source>
        <translation>Read every account&apos;s inbox now</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insert a saved reply</translation>
    </message>
    <message>
        <source>Choose a saved reply; its fields are filled from the item, then edit it</source>
        <translation>Choose a saved reply; its fields are filled from the item, then edit it</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Saved replies</translation>
    </message>
    <message>
        <source>Add, change or delete saved replies</source>
        <translation>Add, change or delete saved replies</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <source>Check the reply, then send it after the undo time</source>
        <translation>Check the reply, then send it after the undo time</translation>
    </message>
    <message>
        <source>Close the reply</source>
        <translation>Close the reply</translation>
    </message>
    <message>
        <source>Put the reply away and go back to the list</source>
        <translation>Put the reply away and go back to the list</translation>
    </message>
    <message>
        <source>Collect figures now</source>
        <translation>Collect figures now</translation>
    </message>
    <message>
        <source>Ask the platforms for the latest figures of this week&apos;s posts</source>
        <translation>Ask the platforms for the latest figures of this week&apos;s posts</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Save table as CSV</translation>
    </message>
    <message>
        <source>Save the figures of the chart in focus as a CSV file</source>
        <translation>Save the figures of the chart in focus as a CSV file</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>Save the chart in focus as a PNG image</source>
        <translation>Save the chart in focus as a PNG image</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>Write the chosen week&apos;s report for your superiors (PDF or HTML)</source>
        <translation>Write the chosen week&apos;s report for your superiors (PDF or HTML)</translation>
    </message>
    <message>
        <source>Queue slots from best time</source>
        <translation>Queue slots from best time</translation>
    </message>
    <message>
        <source>Set the selected account&apos;s queue slots to its best hours</source>
        <translation>Set the selected account&apos;s queue slots to its best hours</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <translation>Repeat the last message</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Find an action</translation>
    </message>
    <message>
        <source>A searchable list of everything HumasDesk can do</source>
        <translation>A searchable list of everything HumasDesk can do</translation>
    </message>
    <message>
        <source>Single-key mode on or off</source>
        <translation>Single-key mode on or off</translation>
    </message>
    <message>
        <source>Letters alone run the most used actions while you are not typing in a text field</source>
        <translation>Letters alone run the most used actions while you are not typing in a text field</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for “{action}”. Choose other keys, or change that one first.</source>
        <translation>{keys} is already the shortcut for “{action}”. Choose other keys, or change that one first.</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Shortcut: {keys}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>a file has that name</source>
        <translation>a file has that name</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>a part of its path is a file, not a folder</translation>
    </message>
    <message>
        <source>this user may not write there</source>
        <translation>this user may not write there</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>HumasDesk cannot use its data folder {folder}: {problem}. Set HUMASDESK_HOME to a folder you can write to, or fix this one.</source>
        <translation>HumasDesk cannot use its data folder {folder}: {problem}. Set HUMASDESK_HOME to a folder you can write to, or fix this one.</translation>
    </message>
</context>
<context>
    <name>Assisted</name>
    <message>
        <source>Kompasiana</source>
        <translation>Kompasiana</translation>
    </message>
    <message>
        <source>Log in to Kompasiana, then choose Tulis (Write) to open the editor. HumasDesk opens the home page because the editor&apos;s own address is not published and may change; if you know it, put it in this account&apos;s address. An article needs a title, a category and tags. Kompasiana asks for a validated account before it shows your articles, its editors may review an article before it appears, and photos need a real source (not a search engine or social media).</source>
        <translation>Log in to Kompasiana, then choose Tulis (Write) to open the editor. HumasDesk opens the home page because the editor&apos;s own address is not published and may change; if you know it, put it in this account&apos;s address. An article needs a title, a category and tags. Kompasiana asks for a validated account before it shows your articles, its editors may review an article before it appears, and photos need a real source (not a search engine or social media).</translation>
    </message>
    <message>
        <source>Kaskus</source>
        <translation>Kaskus</translation>
    </message>
    <message>
        <source>Log in to Kaskus, open the forum you post in (for example your city&apos;s regional forum), and choose Buat Thread (Create thread). A thread needs a title and a forum; new accounts may have to verify a phone number before they can post. Upload the images from the media folder in the editor.</source>
        <translation>Log in to Kaskus, open the forum you post in (for example your city&apos;s regional forum), and choose Buat Thread (Create thread). A thread needs a title and a forum; new accounts may have to verify a phone number before they can post. Upload the images from the media folder in the editor.</translation>
    </message>
    <message>
        <source>Type the address of the site&apos;s page where you write a post.</source>
        <translation>Type the address of the site&apos;s page where you write a post.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” is not a web address.</translation>
    </message>
    <message>
        <source>Waiting for you to post this on {site} by hand.</source>
        <translation>Waiting for you to post this on {site} by hand.</translation>
    </message>
    <message>
        <source>{site} has no way for programs to post. HumasDesk copies the text, opens {url} and shows the media folder; you post it and confirm.</source>
        <translation>{site} has no way for programs to post. HumasDesk copies the text, opens {url} and shows the media folder; you post it and confirm.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>The post has no text.</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>The text is on the clipboard.</translation>
    </message>
    <message>
        <source>Suggested title: {title}</source>
        <translation>Suggested title: {title}</translation>
    </message>
    <message>
        <source>Open {url} in the browser and log in if asked.</source>
        <translation>Open {url} in the browser and log in if asked.</translation>
    </message>
    <message>
        <source>Start a new post and paste the text.</source>
        <translation>Start a new post and paste the text.</translation>
    </message>
    <message>
        <source>Upload the {count} files from the folder {folder}; their descriptions are in descriptions.txt there.</source>
        <translation>Upload the {count} files from the folder {folder}; their descriptions are in descriptions.txt there.</translation>
    </message>
    <message>
        <source>Publish it on the site, then confirm here that it is posted. You may paste the post&apos;s address first.</source>
        <translation>Publish it on the site, then confirm here that it is posted. You may paste the post&apos;s address first.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>The file {file} cannot be read. Was it moved or deleted?</translation>
    </message>
    <message>
        <source>The media folder {folder} cannot be written: {reason}</source>
        <translation>The media folder {folder} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>{reason} It is ready for posting by hand: {how}</source>
        <translation>{reason} It is ready for posting by hand: {how}</translation>
    </message>
    <message>
        <source>There is no preset “{preset}”. Choose {choices}, or give the site&apos;s address.</source>
        <translation>There is no preset “{preset}”. Choose {choices}, or give the site&apos;s address.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>the systemd user service {name}</source>
        <translation>the systemd user service {name}</translation>
    </message>
    <message>
        <source>the autostart file {path}</source>
        <translation>the autostart file {path}</translation>
    </message>
    <message>
        <source>the LaunchAgent {path}</source>
        <translation>the LaunchAgent {path}</translation>
    </message>
    <message>
        <source>the Task Scheduler task {name}</source>
        <translation>the Task Scheduler task {name}</translation>
    </message>
    <message>
        <source>the command is missing or did not answer</source>
        <translation>the command is missing or did not answer</translation>
    </message>
    <message>
        <source>“{command}” failed: {reason}</source>
        <translation>“{command}” failed: {reason}</translation>
    </message>
    <message>
        <source>HumasDesk could not change {where}: {reason}.</source>
        <translation>HumasDesk could not change {where}: {reason}.</translation>
    </message>
    <message>
        <source>The publishing agent now starts when you log in, through {where}. Scheduled posts go out while the window is closed.</source>
        <translation>The publishing agent now starts when you log in, through {where}. Scheduled posts go out while the window is closed.</translation>
    </message>
    <message>
        <source>The publishing agent no longer starts when you log in ({where} was removed). Posts go out only while HumasDesk is open.</source>
        <translation>The publishing agent no longer starts when you log in ({where} was removed). Posts go out only while HumasDesk is open.</translation>
    </message>
</context>
<context>
    <name>BestTime</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{weekday} {hour:02d}:00 {zone}</source>
        <translation>{weekday} {hour:02d}:00 {zone}</translation>
    </message>
    <message>
        <source>Too little history to say ({n} posts with figures; at least {needed} are needed). Until then HumasDesk suggests the general default, weekdays at {hour:02d}:00 {zone}: a rule of thumb for Indonesian audiences, who read social media after work, not a measurement of yours.</source>
        <translation>Too little history to say ({n} posts with figures; at least {needed} are needed). Until then HumasDesk suggests the general default, weekdays at {hour:02d}:00 {zone}: a rule of thumb for Indonesian audiences, who read social media after work, not a measurement of yours.</translation>
    </message>
    <message>
        <source>Best time: {slot}, with {score} reactions per 1,000 followers. Confidence {level}: it rests on {slot_posts} posts at that hour, out of {n} in all.</source>
        <translation>Best time: {slot}, with {score} reactions per 1,000 followers. Confidence {level}: it rests on {slot_posts} posts at that hour, out of {n} in all.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Bluesky</name>
    <message>
        <source>“{server}” is not a server address. Use one such as https://bsky.social.</source>
        <translation>“{server}” is not a server address. Use one such as https://bsky.social.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so that the password and the posts travel encrypted.</source>
        <translation>The server address must start with https://, so that the password and the posts travel encrypted.</translation>
    </message>
    <message>
        <source>The app password of this account has no access to direct messages, so HumasDesk reads replies, mentions and quotes only. To read messages too, create an app password with “Allow access to your direct messages” (Bluesky: Settings, Privacy and security, App passwords) and reconnect the account.</source>
        <translation>The app password of this account has no access to direct messages, so HumasDesk reads replies, mentions and quotes only. To read messages too, create an app password with “Allow access to your direct messages” (Bluesky: Settings, Privacy and security, App passwords) and reconnect the account.</translation>
    </message>
    <message>
        <source>HumasDesk does not know which post this item answers, so it cannot reply to it. Read the inbox again.</source>
        <translation>HumasDesk does not know which post this item answers, so it cannot reply to it. Read the inbox again.</translation>
    </message>
    <message>
        <source>The post you are answering was deleted on Bluesky; the reply was not sent.</source>
        <translation>The post you are answering was deleted on Bluesky; the reply was not sent.</translation>
    </message>
    <message>
        <source>The author of this thread allows replies only from some people, and this account is not one of them; the reply was not sent.</source>
        <translation>The author of this thread allows replies only from some people, and this account is not one of them; the reply was not sent.</translation>
    </message>
    <message>
        <source>HumasDesk does not know which conversation this message belongs to, so it cannot answer it. Read the inbox again.</source>
        <translation>HumasDesk does not know which conversation this message belongs to, so it cannot answer it. Read the inbox again.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <source>Bluesky has not counted this post yet.</source>
        <translation>Bluesky has not counted this post yet.</translation>
    </message>
    <message>
        <source>Bluesky did not send this count.</source>
        <translation>Bluesky did not send this count.</translation>
    </message>
    <message>
        <source>HumasDesk cannot tell which Bluesky post “{post}” is.</source>
        <translation>HumasDesk cannot tell which Bluesky post “{post}” is.</translation>
    </message>
    <message>
        <source>Bluesky did not send the number of followers.</source>
        <translation>Bluesky did not send the number of followers.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Type what to search for.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer was not understood. HumasDesk will try again.</source>
        <translation>Bluesky&apos;s answer was not understood. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Type the account&apos;s handle, for example rsko.bsky.social.</source>
        <translation>Type the account&apos;s handle, for example rsko.bsky.social.</translation>
    </message>
    <message>
        <source>Type the app password.</source>
        <translation>Type the app password.</translation>
    </message>
    <message>
        <source>This account asks for a sign-in code from e-mail. Use an app password instead (Bluesky: Settings, Privacy and security, App passwords).</source>
        <translation>This account asks for a sign-in code from e-mail. Use an app password instead (Bluesky: Settings, Privacy and security, App passwords).</translation>
    </message>
    <message>
        <source>Bluesky says this account is suspended or deactivated: {reason}</source>
        <translation>Bluesky says this account is suspended or deactivated: {reason}</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle “{handle}” with this app password. Check the handle, and create a new app password if needed (Bluesky: Settings, Privacy and security, App passwords). Your main password is not needed.</source>
        <translation>Bluesky did not accept the handle “{handle}” with this app password. Check the handle, and create a new app password if needed (Bluesky: Settings, Privacy and security, App passwords). Your main password is not needed.</translation>
    </message>
    <message>
        <source>Bluesky refused the login: {reason}</source>
        <translation>Bluesky refused the login: {reason}</translation>
    </message>
    <message>
        <source>Signed in to {server} as @{handle}.</source>
        <translation>Signed in to {server} as @{handle}.</translation>
    </message>
    <message>
        <source>{reason} The post went without a preview card.</source>
        <translation>{reason} The post went without a preview card.</translation>
    </message>
    <message>
        <source>Part {number} of the post is empty.</source>
        <translation>Part {number} of the post is empty.</translation>
    </message>
    <message>
        <source>Bluesky takes at most {limit} images per post; part {number} has {count}.</source>
        <translation>Bluesky takes at most {limit} images per post; part {number} has {count}.</translation>
    </message>
    <message>
        <source>“{name}” is not an image; HumasDesk sends only images to Bluesky.</source>
        <translation>“{name}” is not an image; HumasDesk sends only images to Bluesky.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>The image “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; Bluesky takes at most 2 MB per image. Make it smaller and try again.</source>
        <translation>The image “{name}” is {size} MB; Bluesky takes at most 2 MB per image. Make it smaller and try again.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to an image upload was not understood. HumasDesk will try again.</source>
        <translation>Bluesky&apos;s answer to an image upload was not understood. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Bluesky already has a different post under this post&apos;s record key. Nothing was changed; check the account.</source>
        <translation>Bluesky already has a different post under this post&apos;s record key. Nothing was changed; check the account.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer was unclear, and the post is not on Bluesky. HumasDesk will send it again (never twice).</source>
        <translation>Bluesky&apos;s answer was unclear, and the post is not on Bluesky. HumasDesk will send it again (never twice).</translation>
    </message>
    <message>
        <source>HumasDesk has no saved login for this Bluesky account. Connect it again on the Accounts page.</source>
        <translation>HumasDesk has no saved login for this Bluesky account. Connect it again on the Accounts page.</translation>
    </message>
    <message>
        <source>Bluesky&apos;s answer to the login was not understood. Try again later.</source>
        <translation>Bluesky&apos;s answer to the login was not understood. Try again later.</translation>
    </message>
    <message>
        <source>The Bluesky server had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>The Bluesky server had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{command}: {problem} (see {command} --help)</source>
        <translation>{command}: {problem} (see {command} --help)</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standard input</translation>
    </message>
    <message>
        <source>Command-line argument {number} (“{shown}”)</source>
        <translation>Command-line argument {number} (“{shown}”)</translation>
    </message>
    <message>
        <source>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</source>
        <translation>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The file {path}</source>
        <translation>The file {path}</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Say which account with --account NAME.</translation>
    </message>
    <message>
        <source>--zone only makes sense with --at.</source>
        <translation>--zone only makes sense with --at.</translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation>There is no account named “{name}”. Accounts: {known}.</translation>
    </message>
    <message>
        <source>Scheduled for {time} on {account}.</source>
        <translation>Scheduled for {time} on {account}.</translation>
    </message>
    <message>
        <source>Unknown post language “{value}”. Use --language id for Indonesian or --language en for English, or leave it out to detect it from the text.</source>
        <translation>Unknown post language “{value}”. Use --language id for Indonesian or --language en for English, or leave it out to detect it from the text.</translation>
    </message>
    <message>
        <source>The post is saved in the queue but was not sent: {reason} It goes out when HumasDesk can write to its data folder again (if that is much later, HumasDesk asks first); see humasdesk queue.</source>
        <translation>The post is saved in the queue but was not sent: {reason} It goes out when HumasDesk can write to its data folder again (if that is much later, HumasDesk asks first); see humasdesk queue.</translation>
    </message>
    <message>
        <source>Handed to the running HumasDesk, which publishes it to {account}; see humasdesk queue.</source>
        <translation>Handed to the running HumasDesk, which publishes it to {account}; see humasdesk queue.</translation>
    </message>
    <message>
        <source>HumasDesk agent: publishing due posts until stopped (Ctrl+C).</source>
        <translation>HumasDesk agent: publishing due posts until stopped (Ctrl+C).</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Nothing was due.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</source>
        <translation>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</translation>
    </message>
    <message>
        <source>publish now, or schedule with --at</source>
        <translation>publish now, or schedule with --at</translation>
    </message>
    <message>
        <source>account to publish to (repeat for several)</source>
        <translation>account to publish to (repeat for several)</translation>
    </message>
    <message>
        <source>the text of the post</source>
        <translation>the text of the post</translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation>read the text from a UTF-8 file</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the text from standard input</source>
        <translation>&apos;-&apos; reads the text from standard input</translation>
    </message>
    <message>
        <source>schedule for this local time instead of now</source>
        <translation>schedule for this local time instead of now</translation>
    </message>
    <message>
        <source>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</source>
        <translation>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</translation>
    </message>
    <message>
        <source>the post&apos;s language, sent to the platforms (default: detected from the text)</source>
        <translation>the post&apos;s language, sent to the platforms (default: detected from the text)</translation>
    </message>
    <message>
        <source>list scheduled, published and failed posts</source>
        <translation>list scheduled, published and failed posts</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>publish due posts without the window (for autostart)</source>
        <translation>publish due posts without the window (for autostart)</translation>
    </message>
    <message>
        <source>publish what is due now, then exit</source>
        <translation>publish what is due now, then exit</translation>
    </message>
    <message>
        <source>attach a picture (repeat for several, in order)</source>
        <translation>attach a picture (repeat for several, in order)</translation>
    </message>
    <message>
        <source>the description of each --image, in the same order (one per image)</source>
        <translation>the description of each --image, in the same order (one per image)</translation>
    </message>
    <message>
        <source>blur every face found in the images (patients must not be recognisable)</source>
        <translation>blur every face found in the images (patients must not be recognisable)</translation>
    </message>
    <message>
        <source>Give one --alt for each --image, in the same order: there are {images} --image and {alts} --alt. Use --alt &apos;&apos; for a picture with nothing to describe.</source>
        <translation>Give one --alt for each --image, in the same order: there are {images} --image and {alts} --alt. Use --alt &apos;&apos; for a picture with nothing to describe.</translation>
    </message>
    <message>
        <source>The image {path} does not exist.</source>
        <translation>The image {path} does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) blurred in image {n}.</source>
        <translation>
            <numerusform>%n face blurred in image {n}.</numerusform>
            <numerusform>%n faces blurred in image {n}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image {n} shows %n face(s), sent as they are. If patients can be recognised, use --blur-faces.</source>
        <translation>
            <numerusform>Image {n} shows %n face, sent as it is. If patients can be recognised, use --blur-faces.</numerusform>
            <numerusform>Image {n} shows %n faces, sent as they are. If patients can be recognised, use --blur-faces.</numerusform>
        </translation>
    </message>
    <message>
        <source>start the publishing agent when you log in (on), stop that (off), or say which it is (status)</source>
        <translation>start the publishing agent when you log in (on), stop that (off), or say which it is (status)</translation>
    </message>
    <message>
        <source>The publishing agent starts when you log in.</source>
        <translation>The publishing agent starts when you log in.</translation>
    </message>
    <message>
        <source>The publishing agent does not start when you log in.</source>
        <translation>The publishing agent does not start when you log in.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>the composer</source>
        <translation>the composer</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <source>Unsent draft</source>
        <translation>Unsent draft</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>the post text</source>
        <translation>the post text</translation>
    </message>
    <message>
        <source>&amp;Post text ({keys}):</source>
        <translation>&amp;Post text ({keys}):</translation>
    </message>
    <message>
        <source>Write the post here. Tab moves on to the accounts.</source>
        <translation>Write the post here. Tab moves on to the accounts.</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Dictation</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Publish to these accounts</source>
        <translation>Publish to these accounts</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Loading the accounts…</translation>
    </message>
    <message>
        <source>About to publish</source>
        <translation>About to publish</translation>
    </message>
    <message>
        <source>Or schedule it</source>
        <translation>Or schedule it</translation>
    </message>
    <message>
        <source>{account}: {n} over the limit.</source>
        <translation>{account}: {n} over the limit.</translation>
    </message>
    <message>
        <source>{account}: {n} left.</source>
        <translation>{account}: {n} left.</translation>
    </message>
    <message>
        <source>&amp;When (for example “besok jam 9”, “Senin 14.00” or 2026-12-01 09:00):</source>
        <translation>&amp;When (for example “besok jam 9”, “Senin 14.00” or 2026-12-01 09:00):</translation>
    </message>
    <message>
        <source>Type a date and time in words or numbers; what HumasDesk understood is shown and read out below.</source>
        <translation>Type a date and time in words or numbers; what HumasDesk understood is shown and read out below.</translation>
    </message>
    <message>
        <source>&amp;Date (arrow keys change it):</source>
        <translation>&amp;Date (arrow keys change it):</translation>
    </message>
    <message>
        <source>T&amp;ime, {label} (arrow keys change it):</source>
        <translation>T&amp;ime, {label} (arrow keys change it):</translation>
    </message>
    <message>
        <source>Times are in {label} ({zone}).</source>
        <translation>Times are in {label} ({zone}).</translation>
    </message>
    <message>
        <source>Understood: {when}</source>
        <translation>Understood: {when}</translation>
    </message>
    <message>
        <source>A draft from {time} was not published: “{start}”</source>
        <translation>A draft from {time} was not published: “{start}”</translation>
    </message>
    <message>
        <source>An unsent draft from {time} can be restored.</source>
        <translation>An unsent draft from {time} can be restored.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <source>Your unfinished text was kept as a draft.</source>
        <translation>Your unfinished text was kept as a draft.</translation>
    </message>
    <message>
        <source>The post is in the composer.</source>
        <translation>The post is in the composer.</translation>
    </message>
    <message>
        <source>{reason} The text is back in the composer: fix it and publish again.</source>
        <translation>{reason} The text is back in the composer: fix it and publish again.</translation>
    </message>
    <message>
        <source>Indonesian dictation needs a Whisper model, downloaded once. Settings now shows what it takes; confirm to download it, or choose your own folder.</source>
        <translation>Indonesian dictation needs a Whisper model, downloaded once. Settings now shows what it takes; confirm to download it, or choose your own folder.</translation>
    </message>
    <message>
        <source>Getting ready to listen…</source>
        <translation>Getting ready to listen…</translation>
    </message>
    <message>
        <source>Listening. Speak now; {keys} stops.</source>
        <translation>Listening. Speak now; {keys} stops.</translation>
    </message>
    <message>
        <source>Hearing you…</source>
        <translation>Hearing you…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Writing down what you said…</translation>
    </message>
    <message>
        <source>Written: {text}</source>
        <translation>Written: {text}</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation>{account}: {problem}</translation>
    </message>
    <message>
        <source>Shorten the text, write a separate text for that account, or choose a thread where it is offered.</source>
        <translation>Shorten the text, write a separate text for that account, or choose a thread where it is offered.</translation>
    </message>
    <message>
        <source>Images without a description</source>
        <translation>Images without a description</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no description, so people who cannot see them will miss them. Publish without a description?</source>
        <translation>
            <numerusform>%n image has no description, so people who cannot see it will miss it. Publish without a description?</numerusform>
            <numerusform>%n images have no description, so people who cannot see them will miss them. Publish without a description?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to {accounts} in {n} seconds. Press Escape to cancel.</source>
        <translation>Publishing to {accounts} in {n} seconds. Press Escape to cancel.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Publishing in {n} s. Changed your mind?</source>
        <translation>Publishing in {n} s. Changed your mind?</translation>
    </message>
    <message>
        <source>Too late to cancel: the post was already sent.</source>
        <translation>Too late to cancel: the post was already sent.</translation>
    </message>
    <message>
        <source>Publishing cancelled. The text is back in the composer.</source>
        <translation>Publishing cancelled. The text is back in the composer.</translation>
    </message>
    <message>
        <source>Schedule for {time}</source>
        <translation>Schedule for {time}</translation>
    </message>
    <message>
        <source>Scheduled for {time}.</source>
        <translation>Scheduled for {time}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{name} is not an image HumasDesk can attach.</source>
        <translation>{name} is not an image HumasDesk can attach.</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>Describe the image</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>Say what {name} shows, for people who cannot see it: who, what, where, and any text in it. One or two sentences are enough.</source>
        <translation>Say what {name} shows, for people who cannot see it: who, what, where, and any text in it. One or two sentences are enough.</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Image description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Propose from the &amp;words in the picture</source>
        <translation>Propose from the &amp;words in the picture</translation>
    </message>
    <message>
        <source>Dic&amp;tate</source>
        <translation>Dic&amp;tate</translation>
    </message>
    <message>
        <source>&amp;Hear it</source>
        <translation>&amp;Hear it</translation>
    </message>
    <message>
        <source>Reading the words in the picture…</source>
        <translation>Reading the words in the picture…</translation>
    </message>
    <message>
        <source>No printed words were found in the picture. Describe it in your own words.</source>
        <translation>No printed words were found in the picture. Describe it in your own words.</translation>
    </message>
    <message>
        <source>Proposed description: {text} Enter keeps it; type or dictate to replace it.</source>
        <translation>Proposed description: {text} Enter keeps it; type or dictate to replace it.</translation>
    </message>
    <message>
        <source>The words in the picture could not be read.</source>
        <translation>The words in the picture could not be read.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>the images</source>
        <translation>the images</translation>
    </message>
    <message>
        <source>Attached ima&amp;ges:</source>
        <translation>Attached ima&amp;ges:</translation>
    </message>
    <message>
        <source>no description yet</source>
        <translation>no description yet</translation>
    </message>
    <message>
        <source>Image {n}: {description}</source>
        <translation>Image {n}: {description}</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Attach images</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Image attached: {name}.</source>
        <translation>Image attached: {name}.</translation>
    </message>
    <message>
        <source>Description saved.</source>
        <translation>Description saved.</translation>
    </message>
    <message>
        <source>This image has no description.</source>
        <translation>This image has no description.</translation>
    </message>
    <message>
        <source>Image removed.</source>
        <translation>Image removed.</translation>
    </message>
    <message>
        <source>No length limit.</source>
        <translation>No length limit.</translation>
    </message>
    <message>
        <source>{left} of {limit} left.</source>
        <translation>{left} of {limit} left.</translation>
    </message>
    <message>
        <source>{over} over the limit of {limit}.</source>
        <translation>{over} over the limit of {limit}.</translation>
    </message>
    <message>
        <source>Text for {account}</source>
        <translation>Text for {account}</translation>
    </message>
    <message>
        <source>the text for {account}</source>
        <translation>the text for {account}</translation>
    </message>
    <message>
        <source>Text for {account}:</source>
        <translation>Text for {account}:</translation>
    </message>
    <message>
        <source>Numbered thread if too long</source>
        <translation>Numbered thread if too long</translation>
    </message>
    <message>
        <source>Use the main text</source>
        <translation>Use the main text</translation>
    </message>
    <message>
        <source>Write a separate text</source>
        <translation>Write a separate text</translation>
    </message>
    <message>
        <source>Use the main text for {account}</source>
        <translation>Use the main text for {account}</translation>
    </message>
    <message>
        <source>Write a separate text for {account}</source>
        <translation>Write a separate text for {account}</translation>
    </message>
    <message>
        <source>Goes out as a thread of {n} parts.</source>
        <translation>Goes out as a thread of {n} parts.</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>Post &amp;language:</translation>
    </message>
    <message>
        <source>Sent to the platforms with the post. Automatic follows the text as you write.</source>
        <translation>Sent to the platforms with the post. Automatic follows the text as you write.</translation>
    </message>
    <message>
        <source>Post language: {language}.</source>
        <translation>Post language: {language}.</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>Automatic: {language}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Post language: automatic.</source>
        <translation>Post language: automatic.</translation>
    </message>
</context>
<context>
    <name>Facebook</name>
    <message>
        <source>A Facebook user</source>
        <translation>A Facebook user</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>The answer has no text.</translation>
    </message>
    <message>
        <source>Facebook did not say which comment it made.</source>
        <translation>Facebook did not say which comment it made.</translation>
    </message>
    <message>
        <source>Only a comment can be hidden or shown again on Facebook.</source>
        <translation>Only a comment can be hidden or shown again on Facebook.</translation>
    </message>
    <message>
        <source>Connected to the Facebook page “{page}”. {expiry}</source>
        <translation>Connected to the Facebook page “{page}”. {expiry}</translation>
    </message>
    <message>
        <source>Facebook schedules posts only at least 10 minutes ahead; {time} is too soon.</source>
        <translation>Facebook schedules posts only at least 10 minutes ahead; {time} is too soon.</translation>
    </message>
    <message>
        <source>Facebook is set to schedule at most {days} days ahead; HumasDesk will send {time} itself.</source>
        <translation>Facebook is set to schedule at most {days} days ahead; HumasDesk will send {time} itself.</translation>
    </message>
    <message>
        <source>This post is already published on the Facebook page, so it can no longer be cancelled or moved.</source>
        <translation>This post is already published on the Facebook page, so it can no longer be cancelled or moved.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>The post has no text.</translation>
    </message>
    <message>
        <source>Facebook takes at most {limit} photos in one post.</source>
        <translation>Facebook takes at most {limit} photos in one post.</translation>
    </message>
    <message>
        <source>“{name}” is not an image.</source>
        <translation>“{name}” is not an image.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>The image “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; Facebook takes photos under 10 MB.</source>
        <translation>The image “{name}” is {size} MB; Facebook takes photos under 10 MB.</translation>
    </message>
    <message>
        <source>Facebook did not say which post it made.</source>
        <translation>Facebook did not say which post it made.</translation>
    </message>
    <message>
        <source>Facebook did not accept the photo.</source>
        <translation>Facebook did not accept the photo.</translation>
    </message>
    <message>
        <source>Facebook did not give an address for the uploaded photo.</source>
        <translation>Facebook did not give an address for the uploaded photo.</translation>
    </message>
    <message>
        <source>Log in to Facebook in the browser, or paste a token.</source>
        <translation>Log in to Facebook in the browser, or paste a token.</translation>
    </message>
</context>
<context>
    <name>Faces</name>
    <message>
        <source>Checking the pictures for faces…</source>
        <translation>Checking the pictures for faces…</translation>
    </message>
    <message>
        <source>Blurring the faces in image {n}…</source>
        <translation>Blurring the faces in image {n}…</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) blurred in image {n}; the blurred copy is what goes out.</source>
        <translation>
            <numerusform>%n face blurred in image {n}; the blurred copy is what goes out.</numerusform>
            <numerusform>%n faces blurred in image {n}; the blurred copy is what goes out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The faces in image {n} stay as they are.</source>
        <translation>The faces in image {n} stay as they are.</translation>
    </message>
    <message>
        <source>You chose before to blur the faces in this picture; the blurred copy is attached.</source>
        <translation>You chose before to blur the faces in this picture; the blurred copy is attached.</translation>
    </message>
    <message>
        <source>Faces in image {n}</source>
        <translation>Faces in image {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found in image {n}: {description} Can patients be recognised? Checked faces are blurred in every copy that goes out; your own file stays as it is. Up and Down go through the faces, Space keeps or blurs one.</source>
        <translation>
            <numerusform>%n face found in image {n}: {description} Can patients be recognised? Checked faces are blurred in every copy that goes out; your own file stays as it is. Up and Down go through the faces, Space keeps or blurs one.</numerusform>
            <numerusform>%n faces found in image {n}: {description} Can patients be recognised? Checked faces are blurred in every copy that goes out; your own file stays as it is. Up and Down go through the faces, Space keeps or blurs one.</numerusform>
        </translation>
    </message>
    <message>
        <source>the faces</source>
        <translation>the faces</translation>
    </message>
    <message>
        <source>&amp;Faces:</source>
        <translation>&amp;Faces:</translation>
    </message>
    <message>
        <source>&amp;Blur the checked faces</source>
        <translation>&amp;Blur the checked faces</translation>
    </message>
    <message>
        <source>&amp;Keep all faces as they are</source>
        <translation>&amp;Keep all faces as they are</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>will be blurred</source>
        <translation>will be blurred</translation>
    </message>
    <message>
        <source>stays as it is</source>
        <translation>stays as it is</translation>
    </message>
    <message>
        <source>Face {i} of {n}, {side}: {state}</source>
        <translation>Face {i} of {n}, {side}: {state}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>This message no longer exists on {platform}: its author or a moderator deleted it. Nothing was sent.</source>
        <translation>This message no longer exists on {platform}: its author or a moderator deleted it. Nothing was sent.</translation>
    </message>
    <message>
        <source>{platform} no longer allows an answer to this message: the time to reply ended at {time}. Answer the person another way (a comment, a phone call).</source>
        <translation>{platform} no longer allows an answer to this message: the time to reply ended at {time}. Answer the person another way (a comment, a phone call).</translation>
    </message>
    <message>
        <source>list the comments, replies, mentions and messages of every account</source>
        <translation>list the comments, replies, mentions and messages of every account</translation>
    </message>
    <message>
        <source>read the platforms first</source>
        <translation>read the platforms first</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>only this account</translation>
    </message>
    <message>
        <source>only items in this state (default: all)</source>
        <translation>only items in this state (default: all)</translation>
    </message>
    <message>
        <source>answer an inbox item (its id from humasdesk inbox)</source>
        <translation>answer an inbox item (its id from humasdesk inbox)</translation>
    </message>
    <message>
        <source>the text of the reply</source>
        <translation>the text of the reply</translation>
    </message>
    <message>
        <source>Nothing new on {account}.</source>
        <translation>Nothing new on {account}.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>The inbox is empty.</translation>
    </message>
    <message>
        <source>Because: {reasons}</source>
        <translation>Because: {reasons}</translation>
    </message>
    <message>
        <source>There is no inbox item {id}.</source>
        <translation>There is no inbox item {id}.</translation>
    </message>
    <message>
        <source>The time to answer this message ended on {time}; {account} no longer accepts a reply to it.</source>
        <translation>The time to answer this message ended on {time}; {account} no longer accepts a reply to it.</translation>
    </message>
    <message>
        <source>{account} cannot take replies from HumasDesk; answer it on the platform itself.</source>
        <translation>{account} cannot take replies from HumasDesk; answer it on the platform itself.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{label} · {account} · {author}: {text} · {when}</source>
        <translation>{label} · {account} · {author}: {text} · {when}</translation>
    </message>
    <message>
        <source>{site} cannot be read by HumasDesk; open it in the browser to see comments there.</source>
        <translation>{site} cannot be read by HumasDesk; open it in the browser to see comments there.</translation>
    </message>
    <message>
        <source>The local outbox only keeps posts as files; nobody can comment on them or send messages to it.</source>
        <translation>The local outbox only keeps posts as files; nobody can comment on them or send messages to it.</translation>
    </message>
    <message>
        <source>Reply published to {account}.</source>
        <translation>Reply published to {account}.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Mark as spam</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Hidden on {account}.</source>
        <translation>Hidden on {account}.</translation>
    </message>
    <message>
        <source>Shown again on {account}.</source>
        <translation>Shown again on {account}.</translation>
    </message>
    <message>
        <source>Approved on {account}.</source>
        <translation>Approved on {account}.</translation>
    </message>
    <message>
        <source>Marked as spam on {account}.</source>
        <translation>Marked as spam on {account}.</translation>
    </message>
    <message>
        <source>Moved to the trash on {account}.</source>
        <translation>Moved to the trash on {account}.</translation>
    </message>
    <message>
        <source>Dismissed on {account}.</source>
        <translation>Dismissed on {account}.</translation>
    </message>
    <message>
        <source>%n new replies</source>
        <translation>%n new replies</translation>
    </message>
    <message>
        <source>%n new mentions</source>
        <translation>%n new mentions</translation>
    </message>
    <message>
        <source>%n new quotes</source>
        <translation>%n new quotes</translation>
    </message>
    <message>
        <source>%n new comments</source>
        <translation>%n new comments</translation>
    </message>
    <message>
        <source>%n new messages</source>
        <translation>%n new messages</translation>
    </message>
    <message>
        <source>{items} on {account}</source>
        <translation>{items} on {account}</translation>
    </message>
    <message>
        <source>Choose an account to see its inbox.</source>
        <translation>Choose an account to see its inbox.</translation>
    </message>
    <message>
        <source>HumasDesk cannot read comments or messages on {platform} yet; open it in the browser.</source>
        <translation>HumasDesk cannot read comments or messages on {platform} yet; open it in the browser.</translation>
    </message>
    <message>
        <source>Reading the inbox of {account} is turned off on the Accounts page.</source>
        <translation>Reading the inbox of {account} is turned off on the Accounts page.</translation>
    </message>
    <message>
        <source>{account} cannot answer now: {state}.</source>
        <translation>{account} cannot answer now: {state}.</translation>
    </message>
    <message>
        <source>{account} cannot be read now: {state}.</source>
        <translation>{account} cannot be read now: {state}.</translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while reading.</source>
        <translation>Something went wrong inside HumasDesk while reading.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its inbox is not read until then. {reason}</source>
        <translation>{account} needs to be reconnected; its inbox is not read until then. {reason}</translation>
    </message>
    <message>
        <source>{account} asks us to wait until {time} before reading its inbox again.</source>
        <translation>{account} asks us to wait until {time} before reading its inbox again.</translation>
    </message>
    <message>
        <source>{account} could not be reached; reading its inbox again at {time}.</source>
        <translation>{account} could not be reached; reading its inbox again at {time}.</translation>
    </message>
    <message>
        <source>The inbox of {account} could not be read: {reason}</source>
        <translation>The inbox of {account} could not be read: {reason}</translation>
    </message>
    <message>
        <source>Unknown label: {label}</source>
        <translation>Unknown label: {label}</translation>
    </message>
    <message>
        <source>The reply is empty. Write some text first.</source>
        <translation>The reply is empty. Write some text first.</translation>
    </message>
    <message>
        <source>A reply to this item is already waiting to be sent; it goes out once, also after a restart. To change it, cancel it in the queue first.</source>
        <translation>A reply to this item is already waiting to be sent; it goes out once, also after a restart. To change it, cancel it in the queue first.</translation>
    </message>
    <message>
        <source>{account} does not allow “{action}” on this item.</source>
        <translation>{account} does not allow “{action}” on this item.</translation>
    </message>
    <message>
        <source>Give the saved reply a name.</source>
        <translation>Give the saved reply a name.</translation>
    </message>
    <message>
        <source>The saved reply is empty. Write some text first.</source>
        <translation>The saved reply is empty. Write some text first.</translation>
    </message>
    <message>
        <source>A saved reply is in Indonesian (id) or English (en).</source>
        <translation>A saved reply is in Indonesian (id) or English (en).</translation>
    </message>
    <message>
        <source>A field name is one word of letters, digits and “_”, and not “{author}” (that one is the author&apos;s name).</source>
        <translation>A field name is one word of letters, digits and “_”, and not “{author}” (that one is the author&apos;s name).</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>the reply text</translation>
    </message>
    <message>
        <source>&amp;Reply text:</source>
        <translation>&amp;Reply text:</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends after the undo time. F2 dictates, F3 reads it aloud.</source>
        <translation>Ctrl+Enter sends after the undo time. F2 dictates, F3 reads it aloud.</translation>
    </message>
    <message>
        <source>Dictate  (F2)</source>
        <translation>Dictate  (F2)</translation>
    </message>
    <message>
        <source>Read aloud  (F3)</source>
        <translation>Read aloud  (F3)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>About to send</source>
        <translation>About to send</translation>
    </message>
    <message>
        <source>{author} wrote on {account}:
{text}</source>
        <translation>{author} wrote on {account}:
{text}</translation>
    </message>
    <message>
        <source>Answer before {time}: {account} accepts no reply after that.</source>
        <translation>Answer before {time}: {account} accepts no reply after that.</translation>
    </message>
    <message>
        <source>Reply to {author} on {account}. {author} wrote: {text}</source>
        <translation>Reply to {author} on {account}. {author} wrote: {text}</translation>
    </message>
    <message>
        <source>{account}: {count}</source>
        <translation>{account}: {count}</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insert a saved reply</translation>
    </message>
    <message>
        <source>No saved replies yet. {keys} adds one.</source>
        <translation>No saved replies yet. {keys} adds one.</translation>
    </message>
    <message>
        <source>Inserted: {text}</source>
        <translation>Inserted: {text}</translation>
    </message>
    <message>
        <source>Replying to {author} on {account} in {n} seconds. Press Escape to cancel.</source>
        <translation>Replying to {author} on {account} in {n} seconds. Press Escape to cancel.</translation>
    </message>
    <message>
        <source>Sending the reply to {author}…</source>
        <translation>Sending the reply to {author}…</translation>
    </message>
    <message>
        <source>Sending the reply in {n} s. Changed your mind?</source>
        <translation>Sending the reply in {n} s. Changed your mind?</translation>
    </message>
    <message>
        <source>Too late to cancel: the reply was already sent.</source>
        <translation>Too late to cancel: the reply was already sent.</translation>
    </message>
    <message>
        <source>Reply cancelled. Its text is back for editing.</source>
        <translation>Reply cancelled. Its text is back for editing.</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Saved replies</translation>
    </message>
    <message>
        <source>the saved replies</source>
        <translation>the saved replies</translation>
    </message>
    <message>
        <source>&amp;Saved replies:</source>
        <translation>&amp;Saved replies:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Saved reply text</source>
        <translation>Saved reply text</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>{nama} becomes the name of the person you answer.</source>
        <translation>{nama} becomes the name of the person you answer.</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>Your own fields</translation>
    </message>
    <message>
        <source>&amp;Field name:</source>
        <translation>&amp;Field name:</translation>
    </message>
    <message>
        <source>One word, for example jam_besuk; write it as {jam_besuk} in a reply.</source>
        <translation>One word, for example jam_besuk; write it as {jam_besuk} in a reply.</translation>
    </message>
    <message>
        <source>Field v&amp;alue (empty removes it):</source>
        <translation>Field v&amp;alue (empty removes it):</translation>
    </message>
    <message>
        <source>S&amp;et the field</source>
        <translation>S&amp;et the field</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No fields of your own yet. {nama} is always the author&apos;s name.</source>
        <translation>No fields of your own yet. {nama} is always the author&apos;s name.</translation>
    </message>
    <message>
        <source>Field {{{name}}} is now “{value}”.</source>
        <translation>Field {{{name}}} is now “{value}”.</translation>
    </message>
    <message>
        <source>Field {{{name}}} removed.</source>
        <translation>Field {{{name}}} removed.</translation>
    </message>
    <message>
        <source>{title}, {language}: {text}</source>
        <translation>{title}, {language}: {text}</translation>
    </message>
    <message>
        <source>Saved reply “{title}” saved.</source>
        <translation>Saved reply “{title}” saved.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Delete the saved reply “{title}”?</source>
        <translation>Delete the saved reply “{title}”?</translation>
    </message>
    <message>
        <source>Saved reply “{title}” deleted.</source>
        <translation>Saved reply “{title}” deleted.</translation>
    </message>
    <message>
        <source>Already checking for new items…</source>
        <translation>Already checking for new items…</translation>
    </message>
    <message>
        <source>Checking for new items failed unexpectedly ({reason}).</source>
        <translation>Checking for new items failed unexpectedly ({reason}).</translation>
    </message>
    <message>
        <source>No new items.</source>
        <translation>No new items.</translation>
    </message>
    <message>
        <source>Emergency: {item}</source>
        <translation>Emergency: {item}</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Most urgent first</translation>
    </message>
    <message>
        <source>All new</source>
        <translation>All new</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>By account</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Mentions of the hospital</source>
        <translation>Mentions of the hospital</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Why: {reasons}</translation>
    </message>
    <message>
        <source>Label corrected by you.</source>
        <translation>Label corrected by you.</translation>
    </message>
    <message>
        <source>Handled.</source>
        <translation>Handled.</translation>
    </message>
    <message>
        <source>New.</source>
        <translation>New.</translation>
    </message>
    <message>
        <source>the inbox page</source>
        <translation>the inbox page</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>the inbox</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <source>Enter opens the reply. The buttons below show the other keys.</source>
        <translation>Enter opens the reply. The buttons below show the other keys.</translation>
    </message>
    <message>
        <source>Nothing here. New comments, mentions and messages appear in this list.</source>
        <translation>Nothing here. New comments, mentions and messages appear in this list.</translation>
    </message>
    <message>
        <source>Show more items</source>
        <translation>Show more items</translation>
    </message>
    <message>
        <source>No more new items.</source>
        <translation>No more new items.</translation>
    </message>
    <message>
        <source>No new items before this one.</source>
        <translation>No new items before this one.</translation>
    </message>
    <message>
        <source>No more complaints or emergencies.</source>
        <translation>No more complaints or emergencies.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>{account}: {why}</source>
        <translation>{account}: {why}</translation>
    </message>
    <message>
        <source>{author}: {text}</source>
        <translation>{author}: {text}</translation>
    </message>
    <message>
        <source>Open again.</source>
        <translation>Open again.</translation>
    </message>
    <message>
        <source>Marked handled.</source>
        <translation>Marked handled.</translation>
    </message>
    <message>
        <source>Now marked: {label}. Kept; later messages like it are labelled the same way.</source>
        <translation>Now marked: {label}. Kept; later messages like it are labelled the same way.</translation>
    </message>
    <message>
        <source>No longer marked: {label}. Kept; later messages like it are labelled the same way.</source>
        <translation>No longer marked: {label}. Kept; later messages like it are labelled the same way.</translation>
    </message>
    <message>
        <source>Moderate on {account}</source>
        <translation>Moderate on {account}</translation>
    </message>
    <message>
        <source>{account} allows no moderation from HumasDesk.</source>
        <translation>{account} allows no moderation from HumasDesk.</translation>
    </message>
    <message>
        <source>{action}: this item from {author} on {account}?</source>
        <translation>{action}: this item from {author} on {account}?</translation>
    </message>
    <message>
        <source>Asking {account}…</source>
        <translation>Asking {account}…</translation>
    </message>
    <message>
        <source>Moderating on {account} failed unexpectedly ({reason}).</source>
        <translation>Moderating on {account} failed unexpectedly ({reason}).</translation>
    </message>
    <message>
        <source>The inbox is still starting; try again in a moment.</source>
        <translation>The inbox is still starting; try again in a moment.</translation>
    </message>
    <message>
        <source>{account}: new mentions cannot be heard as they come; the inbox is still read every minute. {reason}</source>
        <translation>{account}: new mentions cannot be heard as they come; the inbox is still read every minute. {reason}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>reactions to published posts, followers and the best time to post</source>
        <translation>reactions to published posts, followers and the best time to post</translation>
    </message>
    <message>
        <source>read the latest figures from the platforms first</source>
        <translation>read the latest figures from the platforms first</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>only this account</translation>
    </message>
    <message>
        <source>posts of the last N days (default 7)</source>
        <translation>posts of the last N days (default 7)</translation>
    </message>
    <message>
        <source>set the account&apos;s queue slots to its best hours (with --account)</source>
        <translation>set the account&apos;s queue slots to its best hours (with --account)</translation>
    </message>
    <message>
        <source>read figures from this X account or not; reading costs money (with --account)</source>
        <translation>read figures from this X account or not; reading costs money (with --account)</translation>
    </message>
    <message>
        <source>write the weekly report as PDF or HTML</source>
        <translation>write the weekly report as PDF or HTML</translation>
    </message>
    <message>
        <source>the ISO week, such as 2026-W48 (default: last week)</source>
        <translation>the ISO week, such as 2026-W48 (default: last week)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the app&apos;s)</source>
        <translation>the report&apos;s language (default: the app&apos;s)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .html</source>
        <translation>the file to write: .pdf or .html</translation>
    </message>
    <message>
        <source>give a number of days from 1 to 3660, not “{value}”</source>
        <translation>give a number of days from 1 to 3660, not “{value}”</translation>
    </message>
    <message>
        <source>give the week as YYYY-Www, such as 2026-W48, not “{value}”</source>
        <translation>give the week as YYYY-Www, such as 2026-W48, not “{value}”</translation>
    </message>
    <message>
        <source>No posts were published in the last {days} days.</source>
        <translation>No posts were published in the last {days} days.</translation>
    </message>
    <message>
        <source>{account}: {followers} followers ({change} in {days} days).</source>
        <translation>{account}: {followers} followers ({change} in {days} days).</translation>
    </message>
    <message>
        <source>{account}: {summary}</source>
        <translation>{account}: {summary}</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Say which account with --account NAME.</translation>
    </message>
    <message>
        <source>Queue slots set to {slots}. {summary}</source>
        <translation>Queue slots set to {slots}. {summary}</translation>
    </message>
    <message>
        <source>The report for {start} to {end} was written to {path}.</source>
        <translation>The report for {start} to {end} was written to {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n like(s)</source>
        <translation>
            <numerusform>%n like</numerusform>
            <numerusform>%n likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y/ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n save(s)</source>
        <translation>
            <numerusform>%n save</numerusform>
            <numerusform>%n saves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached</source>
        <translation>
            <numerusform>%n account reached</numerusform>
            <numerusform>%n accounts reached</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: {reason}</source>
        <translation>{account}: {reason}</translation>
    </message>
    <message>
        <source>{title}: {figures}</source>
        <translation>{title}: {figures}</translation>
    </message>
    <message>
        <source>no figures yet on {platform}</source>
        <translation>no figures yet on {platform}</translation>
    </message>
    <message>
        <source>deleted on {platform}</source>
        <translation>deleted on {platform}</translation>
    </message>
    <message>
        <source>no figures available from {platform}</source>
        <translation>no figures available from {platform}</translation>
    </message>
    <message>
        <source>no reactions yet on {platform}</source>
        <translation>no reactions yet on {platform}</translation>
    </message>
    <message>
        <source>{figures} on {platform}</source>
        <translation>{figures} on {platform}</translation>
    </message>
    <message>
        <source>Only X accounts have this choice: reading figures from the other platforms costs nothing.</source>
        <translation>Only X accounts have this choice: reading figures from the other platforms costs nothing.</translation>
    </message>
    <message>
        <source>Reading figures from X is on for {account}. {cost}</source>
        <translation>Reading figures from X is on for {account}. {cost}</translation>
    </message>
    <message>
        <source>Reading figures from X is off for {account}; nothing is read or billed.</source>
        <translation>Reading figures from X is off for {account}; nothing is read or billed.</translation>
    </message>
</context>
<context>
    <name>Insights page</name>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Nothing measured yet.</translation>
    </message>
    <message>
        <source>{title} (table)</source>
        <translation>{title} (table)</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>the image could not be written</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>This week, {period}</source>
        <translation>This week, {period}</translation>
    </message>
    <message>
        <source>Last week, {period}</source>
        <translation>Last week, {period}</translation>
    </message>
    <message>
        <source>Week of {period}</source>
        <translation>Week of {period}</translation>
    </message>
    <message>
        <source>{title}, {period}: nothing measured.</source>
        <translation>{title}, {period}: nothing measured.</translation>
    </message>
    <message>
        <source>{title}, {period}: {items}.</source>
        <translation>{title}, {period}: {items}.</translation>
    </message>
    <message>
        <source>Highest: {high}; lowest: {low}.</source>
        <translation>Highest: {high}; lowest: {low}.</translation>
    </message>
    <message>
        <source>the insights page</source>
        <translation>the insights page</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>Reactions per post</source>
        <translation>Reactions per post</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Follower change</source>
        <translation>Follower change</translation>
    </message>
    <message>
        <source>Followers at the start</source>
        <translation>Followers at the start</translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation>Followers at the end</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Best and weakest posts of the week:</source>
        <translation>&amp;Best and weakest posts of the week:</translation>
    </message>
    <message>
        <source>&amp;Posts of the week, each in one sentence:</source>
        <translation>&amp;Posts of the week, each in one sentence:</translation>
    </message>
    <message>
        <source>Best &amp;time to post, per account:</source>
        <translation>Best &amp;time to post, per account:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>Working out the best times…</source>
        <translation>Working out the best times…</translation>
    </message>
    <message>
        <source>No figures for this week yet. HumasDesk collects them about 1 hour, 1 day and 7 days after each post; collect now to ask at once.</source>
        <translation>No figures for this week yet. HumasDesk collects them about 1 hour, 1 day and 7 days after each post; collect now to ask at once.</translation>
    </message>
    <message>
        <source>{posts} posts on {accounts} accounts in this week.</source>
        <translation>{posts} posts on {accounts} accounts in this week.</translation>
    </message>
    <message>
        <source>No posts published in this week.</source>
        <translation>No posts published in this week.</translation>
    </message>
    <message>
        <source>Best: {sentence}</source>
        <translation>Best: {sentence}</translation>
    </message>
    <message>
        <source>Weakest: {sentence}</source>
        <translation>Weakest: {sentence}</translation>
    </message>
    <message>
        <source>{account}, {title}: {figures}</source>
        <translation>{account}, {title}: {figures}</translation>
    </message>
    <message>
        <source>No post of this week has figures yet.</source>
        <translation>No post of this week has figures yet.</translation>
    </message>
    <message>
        <source>{account}: {summary}</source>
        <translation>{account}: {summary}</translation>
    </message>
    <message>
        <source>No account gives figures yet.</source>
        <translation>No account gives figures yet.</translation>
    </message>
    <message>
        <source>The best times could not be worked out: {reason}</source>
        <translation>The best times could not be worked out: {reason}</translation>
    </message>
    <message>
        <source>Collecting the figures from the platforms…</source>
        <translation>Collecting the figures from the platforms…</translation>
    </message>
    <message>
        <source>Figures collected: {readings} post readings, {audiences} follower counts.</source>
        <translation>Figures collected: {readings} post readings, {audiences} follower counts.</translation>
    </message>
    <message>
        <source>More are due; they come with the next collection.</source>
        <translation>More are due; they come with the next collection.</translation>
    </message>
    <message>
        <source>The figures could not be collected: {reason}</source>
        <translation>The figures could not be collected: {reason}</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Save the table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The table “{title}” is saved as CSV in {path}.</source>
        <translation>The table “{title}” is saved as CSV in {path}.</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The chart “{title}” is saved as a PNG image in {path}.</source>
        <translation>The chart “{title}” is saved as a PNG image in {path}.</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}). Choose another folder.</source>
        <translation>Nothing was saved: {path} could not be written ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Save the weekly report</translation>
    </message>
    <message>
        <source>report-{week}.pdf</source>
        <translation>report-{week}.pdf</translation>
    </message>
    <message>
        <source>PDF or HTML (*.pdf *.html)</source>
        <translation>PDF or HTML (*.pdf *.html)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>The report for {start} to {end} is saved in {path}.</source>
        <translation>The report for {start} to {end} is saved in {path}.</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>The report was not written: {reason}</translation>
    </message>
    <message>
        <source>The queue slots of {account} are now {slots}, from its best time.</source>
        <translation>The queue slots of {account} are now {slots}, from its best time.</translation>
    </message>
</context>
<context>
    <name>Instagram</name>
    <message>
        <source>Images are put in the WordPress site&apos;s media library first, because Instagram fetches them from a public address.</source>
        <translation>Images are put in the WordPress site&apos;s media library first, because Instagram fetches them from a public address.</translation>
    </message>
    <message>
        <source>No public place for images is set up, so Instagram posts are prepared for posting by hand.</source>
        <translation>No public place for images is set up, so Instagram posts are prepared for posting by hand.</translation>
    </message>
    <message>
        <source>Images are first uploaded to the linked Facebook page as hidden, temporary photos (nothing appears on the page), because Instagram fetches them from a public address.</source>
        <translation>Images are first uploaded to the linked Facebook page as hidden, temporary photos (nothing appears on the page), because Instagram fetches them from a public address.</translation>
    </message>
    <message>
        <source>Instagram does not let HumasDesk read direct messages: the hospital&apos;s Meta app is not allowed to use Instagram messaging (Meta error 3, the app has not passed Meta&apos;s review for it). Comments and mentions are still read.</source>
        <translation>Instagram does not let HumasDesk read direct messages: the hospital&apos;s Meta app is not allowed to use Instagram messaging (Meta error 3, the app has not passed Meta&apos;s review for it). Comments and mentions are still read.</translation>
    </message>
    <message>
        <source>Instagram does not let HumasDesk read direct messages: the login lacks the permission instagram_manage_messages, or the person who connected the account cannot manage the page&apos;s messages. Comments and mentions are still read. To read messages too, reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>Instagram does not let HumasDesk read direct messages: the login lacks the permission instagram_manage_messages, or the person who connected the account cannot manage the page&apos;s messages. Comments and mentions are still read. To read messages too, reconnect the account and allow every permission HumasDesk asks for.</translation>
    </message>
    <message>
        <source>An Instagram user</source>
        <translation>An Instagram user</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>The answer has no text.</translation>
    </message>
    <message>
        <source>Instagram did not say which comment it made.</source>
        <translation>Instagram did not say which comment it made.</translation>
    </message>
    <message>
        <source>Only a comment can be hidden or shown again on Instagram.</source>
        <translation>Only a comment can be hidden or shown again on Instagram.</translation>
    </message>
    <message>
        <source>Connected to the Instagram account @{username}. {host} {expiry}</source>
        <translation>Connected to the Instagram account @{username}. {host} {expiry}</translation>
    </message>
    <message>
        <source>Instagram did not say which post it made.</source>
        <translation>Instagram did not say which post it made.</translation>
    </message>
    <message>
        <source>An Instagram post needs at least one image.</source>
        <translation>An Instagram post needs at least one image.</translation>
    </message>
    <message>
        <source>Instagram takes at most {limit} images in one carousel.</source>
        <translation>Instagram takes at most {limit} images in one carousel.</translation>
    </message>
    <message>
        <source>“{name}” is not an image; HumasDesk sends only images to Instagram.</source>
        <translation>“{name}” is not an image; HumasDesk sends only images to Instagram.</translation>
    </message>
    <message>
        <source>Instagram takes only JPEG images from a website; “{name}” is not a JPEG. Save it as JPEG, or host images on the Facebook page.</source>
        <translation>Instagram takes only JPEG images from a website; “{name}” is not a JPEG. Save it as JPEG, or host images on the Facebook page.</translation>
    </message>
    <message>
        <source>Instagram&apos;s limit of {total} posts in 24 hours through programs is used up. HumasDesk will try again later.</source>
        <translation>Instagram&apos;s limit of {total} posts in 24 hours through programs is used up. HumasDesk will try again later.</translation>
    </message>
    <message>
        <source>The image could not be put at a public address ({reason}), which Instagram needs.</source>
        <translation>The image could not be put at a public address ({reason}), which Instagram needs.</translation>
    </message>
    <message>
        <source>no WordPress site is chosen</source>
        <translation>no WordPress site is chosen</translation>
    </message>
    <message>
        <source>Instagram did not accept the image. HumasDesk will try again.</source>
        <translation>Instagram did not accept the image. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Instagram could not use the image ({reason}). Check that it is a JPEG with an aspect ratio between 4:5 and 1.91:1.</source>
        <translation>Instagram could not use the image ({reason}). Check that it is a JPEG with an aspect ratio between 4:5 and 1.91:1.</translation>
    </message>
    <message>
        <source>The upload to Instagram expired before it was published. HumasDesk will try again.</source>
        <translation>The upload to Instagram expired before it was published. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Instagram is still processing the image after {seconds} seconds. Nothing was published; HumasDesk will try again.</source>
        <translation>Instagram is still processing the image after {seconds} seconds. Nothing was published; HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Unknown image host “{host}”; choose facebook, wordpress or assisted.</source>
        <translation>Unknown image host “{host}”; choose facebook, wordpress or assisted.</translation>
    </message>
    <message>
        <source>The Facebook page “{page}” has no Instagram professional account linked. Link it in the page&apos;s settings (Linked accounts), then connect again.</source>
        <translation>The Facebook page “{page}” has no Instagram professional account linked. Link it in the page&apos;s settings (Linked accounts), then connect again.</translation>
    </message>
    <message>
        <source>Choose the connected WordPress site that will hold the images.</source>
        <translation>Choose the connected WordPress site that will hold the images.</translation>
    </message>
</context>
<context>
    <name>LinkCard</name>
    <message>
        <source>The page at {host} could not be read (too slow, too large or not reachable).</source>
        <translation>The page at {host} could not be read (too slow, too large or not reachable).</translation>
    </message>
    <message>
        <source>{host} sends the link on to another site, {target}, so HumasDesk did not follow it.</source>
        <translation>{host} sends the link on to another site, {target}, so HumasDesk did not follow it.</translation>
    </message>
    <message>
        <source>{host} sends the link on too many times.</source>
        <translation>{host} sends the link on too many times.</translation>
    </message>
    <message>
        <source>The link is not a web page.</source>
        <translation>The link is not a web page.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} for the link.</source>
        <translation>{host} answered HTTP {status} for the link.</translation>
    </message>
    <message>
        <source>The page at {host} has no title to show.</source>
        <translation>The page at {host} has no title to show.</translation>
    </message>
</context>
<context>
    <name>LinkedIn</name>
    <message>
        <source>The login renews itself until {time}.</source>
        <translation>The login renews itself until {time}.</translation>
    </message>
    <message>
        <source>The login renews itself.</source>
        <translation>The login renews itself.</translation>
    </message>
    <message>
        <source>LinkedIn logins last 60 days; then reconnect the account.</source>
        <translation>LinkedIn logins last 60 days; then reconnect the account.</translation>
    </message>
    <message>
        <source>the page “{page}”</source>
        <translation>the page “{page}”</translation>
    </message>
    <message>
        <source>your own profile</source>
        <translation>your own profile</translation>
    </message>
    <message>
        <source>Signed in to LinkedIn as {name}, posting to {where}. {expiry}</source>
        <translation>Signed in to LinkedIn as {name}, posting to {where}. {expiry}</translation>
    </message>
    <message>
        <source>LinkedIn has no threads; send one post.</source>
        <translation>LinkedIn has no threads; send one post.</translation>
    </message>
    <message>
        <source>This LinkedIn account does not say where to post. Reconnect it on the Accounts page.</source>
        <translation>This LinkedIn account does not say where to post. Reconnect it on the Accounts page.</translation>
    </message>
    <message>
        <source>LinkedIn takes at most {count} images in a post.</source>
        <translation>LinkedIn takes at most {count} images in a post.</translation>
    </message>
    <message>
        <source>LinkedIn takes JPEG, PNG or GIF images; “{name}” is not one.</source>
        <translation>LinkedIn takes JPEG, PNG or GIF images; “{name}” is not one.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>The image “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>LinkedIn did not accept the image. HumasDesk will try again.</source>
        <translation>LinkedIn did not accept the image. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>LinkedIn no longer renews HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>LinkedIn no longer renews HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>LinkedIn does not accept HumasDesk&apos;s login for this account (it expired or was revoked). Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>LinkedIn does not accept HumasDesk&apos;s login for this account (it expired or was revoked). Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>LinkedIn refused: the login lacks the permission {permission}. Add the LinkedIn product that grants it to your app in the LinkedIn developer portal (and for a page, be its administrator), then reconnect the account (LinkedIn says: {reason}).</source>
        <translation>LinkedIn refused: the login lacks the permission {permission}. Add the LinkedIn product that grants it to your app in the LinkedIn developer portal (and for a page, be its administrator), then reconnect the account (LinkedIn says: {reason}).</translation>
    </message>
    <message>
        <source>LinkedIn had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>LinkedIn had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>LinkedIn answered without a token. Try again.</source>
        <translation>LinkedIn answered without a token. Try again.</translation>
    </message>
    <message>
        <source>Type the Client ID and the Client secret of your LinkedIn app (LinkedIn developer portal, your app, Auth).</source>
        <translation>Type the Client ID and the Client secret of your LinkedIn app (LinkedIn developer portal, your app, Auth).</translation>
    </message>
    <message>
        <source>The organization page ID is the number in the page&apos;s admin address (linkedin.com/company/NUMBER/admin/).</source>
        <translation>The organization page ID is the number in the page&apos;s admin address (linkedin.com/company/NUMBER/admin/).</translation>
    </message>
    <message>
        <source>LinkedIn did not say who logged in. Try again.</source>
        <translation>LinkedIn did not say who logged in. Try again.</translation>
    </message>
    <message>
        <source>This LinkedIn login is not an administrator of the page {page}. Ask a page administrator to give you the administrator role, or log in as one.</source>
        <translation>This LinkedIn login is not an administrator of the page {page}. Ask a page administrator to give you the administrator role, or log in as one.</translation>
    </message>
    <message>
        <source>This LinkedIn login administers no organization page. Post on your own profile, or log in as a page administrator.</source>
        <translation>This LinkedIn login administers no organization page. Post on your own profile, or log in as a page administrator.</translation>
    </message>
    <message>
        <source>Choose one of the pages this login administers.</source>
        <translation>Choose one of the pages this login administers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HumasDesk</source>
        <translation>HumasDesk</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>{page} page</translation>
    </message>
    <message>
        <source>Already on the {page}.</source>
        <translation>Already on the {page}.</translation>
    </message>
    <message>
        <source>Single-key mode is on: letters alone run actions while you are not in a text field.</source>
        <translation>Single-key mode is on: letters alone run actions while you are not in a text field.</translation>
    </message>
    <message>
        <source>Single-key mode is off.</source>
        <translation>Single-key mode is off.</translation>
    </message>
    <message>
        <source>the page buttons</source>
        <translation>the page buttons</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Quiet public (not in public timelines)</source>
        <translation>Quiet public (not in public timelines)</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Followers only</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Mentioned people only</translation>
    </message>
    <message>
        <source>Type the address of the Mastodon server, for example mastodon.social.</source>
        <translation>Type the address of the Mastodon server, for example mastodon.social.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address. Use one such as mastodon.social.</source>
        <translation>“{server}” is not a server address. Use one such as mastodon.social.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so that the login and the posts travel encrypted.</source>
        <translation>The server address must start with https://, so that the login and the posts travel encrypted.</translation>
    </message>
    <message>
        <source>{server} does not answer like a Mastodon server. Check the address.</source>
        <translation>{server} does not answer like a Mastodon server. Check the address.</translation>
    </message>
    <message>
        <source>{server} did not register HumasDesk as an app. Try again later.</source>
        <translation>{server} did not register HumasDesk as an app. Try again later.</translation>
    </message>
    <message>
        <source>{server} no longer accepts HumasDesk&apos;s login for this account (it was revoked or the app was removed). Reconnect the account on the Accounts page.</source>
        <translation>{server} no longer accepts HumasDesk&apos;s login for this account (it was revoked or the app was removed). Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>{server} does not allow this: {reason}. Reconnect the account, or check whether it is suspended.</source>
        <translation>{server} does not allow this: {reason}. Reconnect the account, or check whether it is suspended.</translation>
    </message>
    <message>
        <source>The Mastodon server {server} had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>The Mastodon server {server} had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Mastodon can only dismiss a notification.</source>
        <translation>Mastodon can only dismiss a notification.</translation>
    </message>
    <message>
        <source>This item has no notification on the server to dismiss.</source>
        <translation>This item has no notification on the server to dismiss.</translation>
    </message>
    <message>
        <source>Type a word or a #hashtag to search for.</source>
        <translation>Type a word or a #hashtag to search for.</translation>
    </message>
    <message>
        <source>No posts found for “{query}”. {server} may not offer full-text search (it needs a search engine that not every server runs), and even where it does, it finds only posts whose authors allow it. A #hashtag always works.</source>
        <translation>No posts found for “{query}”. {server} may not offer full-text search (it needs a search engine that not every server runs), and even where it does, it finds only posts whose authors allow it. A #hashtag always works.</translation>
    </message>
    <message>
        <source>The answer from {server} was not understood (it is not the data Mastodon sends). HumasDesk will try again.</source>
        <translation>The answer from {server} was not understood (it is not the data Mastodon sends). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Signed in to {server} as @{user}.</source>
        <translation>Signed in to {server} as @{user}.</translation>
    </message>
    <message>
        <source>Mastodon cannot schedule a thread. HumasDesk will send it itself at the chosen time.</source>
        <translation>Mastodon cannot schedule a thread. HumasDesk will send it itself at the chosen time.</translation>
    </message>
    <message>
        <source>Mastodon schedules posts only at least 5 minutes ahead; {time} is too soon.</source>
        <translation>Mastodon schedules posts only at least 5 minutes ahead; {time} is too soon.</translation>
    </message>
    <message>
        <source>The post is no longer scheduled on {server}: it was published already, or cancelled there.</source>
        <translation>The post is no longer scheduled on {server}: it was published already, or cancelled there.</translation>
    </message>
    <message>
        <source>Part {number}: {reason}</source>
        <translation>Part {number}: {reason}</translation>
    </message>
    <message>
        <source>{server} takes at most {limit} images or videos per post; this one has {count}.</source>
        <translation>{server} takes at most {limit} images or videos per post; this one has {count}.</translation>
    </message>
    <message>
        <source>{file} has no description (alt text). Add one in the composer so that blind readers know what it shows.</source>
        <translation>{file} has no description (alt text). Add one in the composer so that blind readers know what it shows.</translation>
    </message>
    <message>
        <source>The description of {file} has {count} characters; {server} allows {limit}.</source>
        <translation>The description of {file} has {count} characters; {server} allows {limit}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>The file {file} cannot be read. Was it moved or deleted?</translation>
    </message>
    <message>
        <source>{file} is {size} MB; {server} takes files up to {limit} MB.</source>
        <translation>{file} is {size} MB; {server} takes files up to {limit} MB.</translation>
    </message>
    <message>
        <source>{server} is still processing {file}. HumasDesk will try again later.</source>
        <translation>{server} is still processing {file}. HumasDesk will try again later.</translation>
    </message>
    <message>
        <source>The login for this Mastodon account is not in the keyring. Reconnect the account on the Accounts page.</source>
        <translation>The login for this Mastodon account is not in the keyring. Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>The live connection to {server} went quiet.</source>
        <translation>The live connection to {server} went quiet.</translation>
    </message>
    <message>
        <source>The live connection to {server} was cut.</source>
        <translation>The live connection to {server} was cut.</translation>
    </message>
    <message>
        <source>{server} offers no live notifications (HTTP {status}).</source>
        <translation>{server} offers no live notifications (HTTP {status}).</translation>
    </message>
    <message>
        <source>{server} sent something that is not a notification stream.</source>
        <translation>{server} sent something that is not a notification stream.</translation>
    </message>
    <message>
        <source>{server} sent a line too long for a notification stream.</source>
        <translation>{server} sent a line too long for a notification stream.</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>left side</source>
        <translation>left side</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>right side</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>{name} is not a picture HumasDesk can read ({reason}).</source>
        <translation>{name} is not a picture HumasDesk can read ({reason}).</translation>
    </message>
    <message>
        <source>The picture {name} cannot be read: {reason}</source>
        <translation>The picture {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{name} is too large a picture to open safely.</source>
        <translation>{name} is too large a picture to open safely.</translation>
    </message>
    <message>
        <source>{name} is not a picture HumasDesk can read ({reason}). Save it as JPEG or PNG and attach it again.</source>
        <translation>{name} is not a picture HumasDesk can read ({reason}). Save it as JPEG or PNG and attach it again.</translation>
    </message>
    <message>
        <source>This picture cannot be made small enough for {platform}, even at {side} pixels. Choose a smaller picture.</source>
        <translation>This picture cannot be made small enough for {platform}, even at {side} pixels. Choose a smaller picture.</translation>
    </message>
    <message>
        <source>This animated picture cannot be made small enough for {platform}. Choose a shorter or smaller one.</source>
        <translation>This animated picture cannot be made small enough for {platform}. Choose a shorter or smaller one.</translation>
    </message>
    <message>
        <source>turned upright</source>
        <translation>turned upright</translation>
    </message>
    <message>
        <source>cropped to the centre to fit the platform&apos;s shape</source>
        <translation>cropped to the centre to fit the platform&apos;s shape</translation>
    </message>
    <message>
        <source>given bars of colour {colour} to fit the platform&apos;s shape</source>
        <translation>given bars of colour {colour} to fit the platform&apos;s shape</translation>
    </message>
    <message>
        <source>made smaller from {w0} × {h0} to {w} × {h} pixels</source>
        <translation>made smaller from {w0} × {h0} to {w} × {h} pixels</translation>
    </message>
    <message>
        <source>saved at JPEG quality {quality}</source>
        <translation>saved at JPEG quality {quality}</translation>
    </message>
    <message>
        <source>location, camera and owner details removed</source>
        <translation>location, camera and owner details removed</translation>
    </message>
    <message>
        <source>still animated</source>
        <translation>still animated</translation>
    </message>
    <message>
        <source>only its first picture goes, because this platform does not show animation</source>
        <translation>only its first picture goes, because this platform does not show animation</translation>
    </message>
    <message>
        <source>{format}, {size} MB</source>
        <translation>{format}, {size} MB</translation>
    </message>
    <message>
        <source>Sent as it is ({size}).</source>
        <translation>Sent as it is ({size}).</translation>
    </message>
    <message>
        <source>Sent {changes} ({size}).</source>
        <translation>Sent {changes} ({size}).</translation>
    </message>
    <message>
        <source>white</source>
        <translation>white</translation>
    </message>
    <message>
        <source>black</source>
        <translation>black</translation>
    </message>
    <message>
        <source>hospital blue</source>
        <translation>hospital blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>light grey</source>
        <translation>light grey</translation>
    </message>
    <message>
        <source>Pad: the whole picture is kept, with bars of colour on the left and right.</source>
        <translation>Pad: the whole picture is kept, with bars of colour on the left and right.</translation>
    </message>
    <message>
        <source>Crop: the middle is kept; the top and bottom are cut off ({percent}% of the height).</source>
        <translation>Crop: the middle is kept; the top and bottom are cut off ({percent}% of the height).</translation>
    </message>
    <message>
        <source>Pad: the whole picture is kept, with bars of colour above and below.</source>
        <translation>Pad: the whole picture is kept, with bars of colour above and below.</translation>
    </message>
    <message>
        <source>Crop: the middle is kept; the left and right sides are cut off ({percent}% of the width).</source>
        <translation>Crop: the middle is kept; the left and right sides are cut off ({percent}% of the width).</translation>
    </message>
    <message>
        <source>Image {n} does not fit {platform}&apos;s shape</source>
        <translation>Image {n} does not fit {platform}&apos;s shape</translation>
    </message>
    <message>
        <source>Image {n} is {w} × {h} pixels; {platform} takes pictures from {low} (tall) to {high} (wide), width to height. {pad} {crop} Press P to pad or C to crop; Escape goes back.</source>
        <translation>Image {n} is {w} × {h} pixels; {platform} takes pictures from {low} (tall) to {high} (wide), width to height. {pad} {crop} Press P to pad or C to crop; Escape goes back.</translation>
    </message>
    <message>
        <source>Colour of the &amp;bars:</source>
        <translation>Colour of the &amp;bars:</translation>
    </message>
    <message>
        <source>&amp;Pad with the colour</source>
        <translation>&amp;Pad with the colour</translation>
    </message>
    <message>
        <source>&amp;Crop to the centre</source>
        <translation>&amp;Crop to the centre</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>propose a description of a picture from the words printed on it</source>
        <translation>propose a description of a picture from the words printed on it</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>the picture</translation>
    </message>
    <message>
        <source>the language of the words on the picture (default: found from the words)</source>
        <translation>the language of the words on the picture (default: found from the words)</translation>
    </message>
    <message>
        <source>print a JSON object with the proposed alt_text and the raw text found</source>
        <translation>print a JSON object with the proposed alt_text and the raw text found</translation>
    </message>
    <message>
        <source>Words found, in reading order:</source>
        <translation>Words found, in reading order:</translation>
    </message>
    <message>
        <source>No printed words were found. Describe the picture in your own words.</source>
        <translation>No printed words were found. Describe the picture in your own words.</translation>
    </message>
    <message>
        <source>There is no picture at {path}.</source>
        <translation>There is no picture at {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a picture.</source>
        <translation>{path} is a folder, not a picture.</translation>
    </message>
    <message>
        <source>Text recognition is not installed. Install the Debian packages tesseract-ocr, tesseract-ocr-ind and tesseract-ocr-eng.</source>
        <translation>Text recognition is not installed. Install the Debian packages tesseract-ocr, tesseract-ocr-ind and tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Reading the words in {name} took too long and was stopped.</source>
        <translation>Reading the words in {name} took too long and was stopped.</translation>
    </message>
    <message>
        <source>Text recognition could not read {name}: {reason}</source>
        <translation>Text recognition could not read {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} looks blurry: the camera may have moved. Readers may not make it out. Attach it anyway, or choose a sharper photo.</source>
        <translation>{name} looks blurry: the camera may have moved. Readers may not make it out. Attach it anyway, or choose a sharper photo.</translation>
    </message>
</context>
<context>
    <name>Meta</name>
    <message>
        <source>The Facebook password was changed since the account was connected.</source>
        <translation>The Facebook password was changed since the account was connected.</translation>
    </message>
    <message>
        <source>The app was removed from the Facebook account&apos;s settings.</source>
        <translation>The app was removed from the Facebook account&apos;s settings.</translation>
    </message>
    <message>
        <source>The login has expired.</source>
        <translation>The login has expired.</translation>
    </message>
    <message>
        <source>The login is no longer valid.</source>
        <translation>The login is no longer valid.</translation>
    </message>
    <message>
        <source>{platform}: {reason} Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>{platform}: {reason} Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>{platform} says HumasDesk lacks a permission: {reason} Reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>{platform} says HumasDesk lacks a permission: {reason} Reconnect the account and allow every permission HumasDesk asks for.</translation>
    </message>
    <message>
        <source>{platform} asks HumasDesk to slow down ({reason}). It will try again later.</source>
        <translation>{platform} asks HumasDesk to slow down ({reason}). It will try again later.</translation>
    </message>
    <message>
        <source>{platform} had a temporary problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>{platform} had a temporary problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>{platform}&apos;s answer was not understood (HTTP {status}). HumasDesk will try again.</source>
        <translation>{platform}&apos;s answer was not understood (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Facebook answered the token exchange without a token. Try connecting again.</source>
        <translation>Facebook answered the token exchange without a token. Try connecting again.</translation>
    </message>
    <message>
        <source>{platform} answered the login without a token. Try connecting again.</source>
        <translation>{platform} answered the login without a token. Try connecting again.</translation>
    </message>
    <message>
        <source>Type the Meta app&apos;s App ID (digits only; Meta for Developers, your app, App settings, Basic).</source>
        <translation>Type the Meta app&apos;s App ID (digits only; Meta for Developers, your app, App settings, Basic).</translation>
    </message>
    <message>
        <source>Paste the Meta app&apos;s App secret (App settings, Basic). HumasDesk keeps it in the system keyring only.</source>
        <translation>Paste the Meta app&apos;s App secret (App settings, Basic). HumasDesk keeps it in the system keyring only.</translation>
    </message>
    <message>
        <source>Give the redirect address registered in the Meta app (Facebook Login, Settings, Valid OAuth Redirect URIs), or let HumasDesk receive the login itself.</source>
        <translation>Give the redirect address registered in the Meta app (Facebook Login, Settings, Valid OAuth Redirect URIs), or let HumasDesk receive the login itself.</translation>
    </message>
    <message>
        <source>This Facebook user manages no page that {platform} can use. Log in as a person with a role on the hospital&apos;s page.</source>
        <translation>This Facebook user manages no page that {platform} can use. Log in as a person with a role on the hospital&apos;s page.</translation>
    </message>
    <message>
        <source>This Facebook user does not manage the page {page}.</source>
        <translation>This Facebook user does not manage the page {page}.</translation>
    </message>
    <message>
        <source>No page was chosen, so nothing was connected.</source>
        <translation>No page was chosen, so nothing was connected.</translation>
    </message>
    <message>
        <source>This Facebook user manages several pages: {pages}. Choose one.</source>
        <translation>This Facebook user manages several pages: {pages}. Choose one.</translation>
    </message>
    <message>
        <source>{platform} no longer allows an answer to this person in {channel} (the time to reply has passed, or they cannot receive messages now). Nothing was sent.</source>
        <translation>{platform} no longer allows an answer to this person in {channel} (the time to reply has passed, or they cannot receive messages now). Nothing was sent.</translation>
    </message>
    <message>
        <source>{platform} did not say who sent this message, so it cannot be answered here.</source>
        <translation>{platform} did not say who sent this message, so it cannot be answered here.</translation>
    </message>
    <message>
        <source>{platform} did not say whether the message was sent.</source>
        <translation>{platform} did not say whether the message was sent.</translation>
    </message>
    <message>
        <source>{platform} cannot load this post, nor the account it belongs to: HumasDesk has lost a permission (or access to the page). The post is not marked as deleted. Reconnect the account and allow every permission HumasDesk asks for.</source>
        <translation>{platform} cannot load this post, nor the account it belongs to: HumasDesk has lost a permission (or access to the page). The post is not marked as deleted. Reconnect the account and allow every permission HumasDesk asks for.</translation>
    </message>
    <message>
        <source>{platform} no longer serves the figure “{metric}” (Meta retired or refused it); the other figures still arrive.</source>
        <translation>{platform} no longer serves the figure “{metric}” (Meta retired or refused it); the other figures still arrive.</translation>
    </message>
    <message>
        <source>{platform} gives no figure “{metric}” for this post: {reason}</source>
        <translation>{platform} gives no figure “{metric}” for this post: {reason}</translation>
    </message>
    <message>
        <source>{platform} sent no figure “{metric}” for this post.</source>
        <translation>{platform} sent no figure “{metric}” for this post.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The answer from the browser does not belong to the login HumasDesk started, so it was refused and nothing was saved. Start connecting the account again.</source>
        <translation>The answer from the browser does not belong to the login HumasDesk started, so it was refused and nothing was saved. Start connecting the account again.</translation>
    </message>
    <message>
        <source>Access was not allowed on the login page, so the account was not connected.</source>
        <translation>Access was not allowed on the login page, so the account was not connected.</translation>
    </message>
    <message>
        <source>The login page reported a problem: {reason}</source>
        <translation>The login page reported a problem: {reason}</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code. Start connecting the account again.</source>
        <translation>The browser came back without an authorization code. Start connecting the account again.</translation>
    </message>
    <message>
        <source>No code was pasted.</source>
        <translation>No code was pasted.</translation>
    </message>
    <message>
        <source>That does not look like an authorization code: codes have no spaces. Copy the code again from the login page.</source>
        <translation>That does not look like an authorization code: codes have no spaces. Copy the code again from the login page.</translation>
    </message>
    <message>
        <source>Paste the whole address the browser shows after you allowed access, not just the code.</source>
        <translation>Paste the whole address the browser shows after you allowed access, not just the code.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>HumasDesk could not listen for the browser&apos;s answer on this computer ({reason}). Connect with a pasted code instead.</source>
        <translation>HumasDesk could not listen for the browser&apos;s answer on this computer ({reason}). Connect with a pasted code instead.</translation>
    </message>
    <message>
        <source>This login is already finished. You can close this page.</source>
        <translation>This login is already finished. You can close this page.</translation>
    </message>
    <message>
        <source>HumasDesk received the permission. You can close this page and return to HumasDesk.</source>
        <translation>HumasDesk received the permission. You can close this page and return to HumasDesk.</translation>
    </message>
    <message>
        <source>Connecting was cancelled. Nothing was saved.</source>
        <translation>Connecting was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>The browser did not come back to HumasDesk in time. Start connecting the account again, or paste the code instead.</source>
        <translation>The browser did not come back to HumasDesk in time. Start connecting the account again, or paste the code instead.</translation>
    </message>
    <message>
        <source>There is no way to receive the code: HumasDesk needs either the browser&apos;s answer or a pasted code.</source>
        <translation>There is no way to receive the code: HumasDesk needs either the browser&apos;s answer or a pasted code.</translation>
    </message>
    <message>
        <source>The login server {host} had a problem (HTTP {status}). Try connecting again in a moment.</source>
        <translation>The login server {host} had a problem (HTTP {status}). Try connecting again in a moment.</translation>
    </message>
    <message>
        <source>The login server {host} answered with something HumasDesk does not understand. Try connecting again.</source>
        <translation>The login server {host} answered with something HumasDesk does not understand. Try connecting again.</translation>
    </message>
    <message>
        <source>The login server did not accept the authorization: {reason}. Start connecting the account again.</source>
        <translation>The login server did not accept the authorization: {reason}. Start connecting the account again.</translation>
    </message>
    <message>
        <source>The login server {host} answered without a token. Try connecting again.</source>
        <translation>The login server {host} answered without a token. Try connecting again.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Find an action</source>
        <translation>Find an action</translation>
    </message>
    <message>
        <source>the action finder</source>
        <translation>the action finder</translation>
    </message>
    <message>
        <source>&amp;Type part of the action’s name:</source>
        <translation>&amp;Type part of the action’s name:</translation>
    </message>
    <message>
        <source>Down arrow moves into the list; Enter runs the action; Escape closes.</source>
        <translation>Down arrow moves into the list; Enter runs the action; Escape closes.</translation>
    </message>
    <message>
        <source>the actions</source>
        <translation>the actions</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) found.</source>
        <translation>
            <numerusform>%n action found.</numerusform>
            <numerusform>%n actions found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>No pictures folder is chosen yet. Choose it on the Settings page.</source>
        <translation>No pictures folder is chosen yet. Choose it on the Settings page.</translation>
    </message>
    <message>
        <source>The pictures folder {folder} is not there. Choose it again on the Settings page.</source>
        <translation>The pictures folder {folder} is not there. Choose it again on the Settings page.</translation>
    </message>
    <message>
        <source>The pictures folder {folder} cannot be read: {reason}</source>
        <translation>The pictures folder {folder} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>The pasted picture cannot be saved: {reason}</source>
        <translation>The pasted picture cannot be saved: {reason}</translation>
    </message>
    <message>
        <source>Pasted picture saved.</source>
        <translation>Pasted picture saved.</translation>
    </message>
    <message>
        <source>Pictures folder</source>
        <translation>Pictures folder</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in {folder}, newest first. Up and Down go through them, Enter attaches the one you are on, Escape closes.</source>
        <translation>
            <numerusform>%n picture in {folder}, newest first. Up and Down go through them, Enter attaches the one you are on, Escape closes.</numerusform>
            <numerusform>%n pictures in {folder}, newest first. Up and Down go through them, Enter attaches the one you are on, Escape closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the pictures</source>
        <translation>the pictures</translation>
    </message>
    <message>
        <source>{name}, {time}, {size}</source>
        <translation>{name}, {time}, {size}</translation>
    </message>
    <message>
        <source>&amp;Pictures:</source>
        <translation>&amp;Pictures:</translation>
    </message>
    <message numerus="yes">
        <source>%n new picture(s) in the folder.</source>
        <translation>
            <numerusform>%n new picture in the folder.</numerusform>
            <numerusform>%n new pictures in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no pictures in {folder}.</source>
        <translation>There are no pictures in {folder}.</translation>
    </message>
    <message>
        <source>Blurry photo</source>
        <translation>Blurry photo</translation>
    </message>
    <message>
        <source>&amp;Attach anyway</source>
        <translation>&amp;Attach anyway</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Leave it out</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</source>
        <translation>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>The platform asks us to wait before trying again. Try again later.</source>
        <translation>The platform asks us to wait before trying again. Try again later.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down. HumasDesk will try again when it allows.</source>
        <translation>The platform asks us to slow down. HumasDesk will try again when it allows.</translation>
    </message>
    <message>
        <source>The platform refused the login: {reason}</source>
        <translation>The platform refused the login: {reason}</translation>
    </message>
    <message>
        <source>The platform refused the post: {reason}</source>
        <translation>The platform refused the post: {reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached. Try again in a moment.</source>
        <translation>The platform could not be reached. Try again in a moment.</translation>
    </message>
    <message>
        <source>The platform could not be reached. HumasDesk will try again.</source>
        <translation>The platform could not be reached. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</source>
        <translation>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</translation>
    </message>
    <message>
        <source>The server address is not valid. Check it on the Accounts page.</source>
        <translation>The server address is not valid. Check it on the Accounts page.</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate could not be verified. Nothing was sent.</source>
        <translation>The connection to {host} is not secure: its certificate could not be verified. Nothing was sent.</translation>
    </message>
    <message>
        <source>Could not connect to {host}. Check the internet connection and the server address; {retry}</source>
        <translation>Could not connect to {host}. Check the internet connection and the server address; {retry}</translation>
    </message>
    <message>
        <source>The connection to {host} broke while sending. Nothing was published; {retry}</source>
        <translation>The connection to {host} broke while sending. Nothing was published; {retry}</translation>
    </message>
    <message>
        <source>{host} did not answer in time, or its answer was cut off. {retry}</source>
        <translation>{host} did not answer in time, or its answer was cut off. {retry}</translation>
    </message>
    <message>
        <source>{host} answered the post, but the answer was cut off, so it is not known whether the post went out. HumasDesk looks for it before sending again.</source>
        <translation>{host} answered the post, but the answer was cut off, so it is not known whether the post went out. HumasDesk looks for it before sending again.</translation>
    </message>
    <message>
        <source>The exchange with {host} failed. {retry}</source>
        <translation>The exchange with {host} failed. {retry}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>HumasDesk will try again.</source>
        <translation>HumasDesk will try again.</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. It is not known whether the post went out; HumasDesk looks for it before sending again.</source>
        <translation>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. It is not known whether the post went out; HumasDesk looks for it before sending again.</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. {retry}</source>
        <translation>{host} did not finish answering within {seconds} seconds, so HumasDesk stopped waiting. {retry}</translation>
    </message>
    <message>
        <source>Sending took longer than {minutes} minutes, so HumasDesk stopped. Part of the post may have gone out; HumasDesk looks for it before sending again.</source>
        <translation>Sending took longer than {minutes} minutes, so HumasDesk stopped. Part of the post may have gone out; HumasDesk looks for it before sending again.</translation>
    </message>
    <message>
        <source>Sending took longer than {minutes} minutes, so HumasDesk stopped. Nothing was published; {retry}</source>
        <translation>Sending took longer than {minutes} minutes, so HumasDesk stopped. Nothing was published; {retry}</translation>
    </message>
    <message>
        <source>{host} answered the post with more than {size} MB, so HumasDesk stopped reading. It is not known whether the post went out; HumasDesk looks for it before sending again.</source>
        <translation>{host} answered the post with more than {size} MB, so HumasDesk stopped reading. It is not known whether the post went out; HumasDesk looks for it before sending again.</translation>
    </message>
    <message>
        <source>{host} answered with more than {size} MB, which is not a normal answer, so HumasDesk stopped reading. {retry}</source>
        <translation>{host} answered with more than {size} MB, which is not a normal answer, so HumasDesk stopped reading. {retry}</translation>
    </message>
    <message>
        <source>{host} answered that this address has moved to {target} (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</source>
        <translation>{host} answered that this address has moved to {target} (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</translation>
    </message>
    <message>
        <source>{host} answered that this address has moved (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</source>
        <translation>{host} answered that this address has moved (HTTP {status}). Nothing was sent there. Check the server address on the Accounts page.</translation>
    </message>
    <message>
        <source>{site} asks us to wait until {time}. Try again then.</source>
        <translation>{site} asks us to wait until {time}. Try again then.</translation>
    </message>
    <message>
        <source>{site} asks us to wait until {time}; HumasDesk will try again then.</source>
        <translation>{site} asks us to wait until {time}; HumasDesk will try again then.</translation>
    </message>
    <message>
        <source>{site} answered the post (HTTP {status}), but the answer could not be read, so it is not known whether the post went out. HumasDesk looks for it before sending again.</source>
        <translation>{site} answered the post (HTTP {status}), but the answer could not be read, so it is not known whether the post went out. HumasDesk looks for it before sending again.</translation>
    </message>
    <message>
        <source>The answer from {site} was not understood. {retry}</source>
        <translation>The answer from {site} was not understood. {retry}</translation>
    </message>
    <message>
        <source>{host} did not answer after the post was sent, so it is not known whether it went out. Check the account before sending it again.</source>
        <translation>{host} did not answer after the post was sent, so it is not known whether it went out. Check the account before sending it again.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Local outbox</source>
        <translation>Local outbox</translation>
    </message>
    <message>
        <source>Posts are saved as files in {folder}</source>
        <translation>Posts are saved as files in {folder}</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>The post has no text.</translation>
    </message>
    <message>
        <source>The disk is full; the post was not written to the outbox. Free some space and try again.</source>
        <translation>The disk is full; the post was not written to the outbox. Free some space and try again.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be written: {reason}</source>
        <translation>The outbox folder {folder} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation>Unknown platform: {platform}</translation>
    </message>
    <message>
        <source>Other site (posted by hand)</source>
        <translation>Other site (posted by hand)</translation>
    </message>
    <message>
        <source>Kompasiana (posted by hand)</source>
        <translation>Kompasiana (posted by hand)</translation>
    </message>
    <message>
        <source>Kaskus (posted by hand)</source>
        <translation>Kaskus (posted by hand)</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Facebook page</translation>
    </message>
    <message>
        <source>Instagram (professional account)</source>
        <translation>Instagram (professional account)</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Telegram channel</source>
        <translation>Telegram channel</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>HumasDesk has no saved login for this {platform} account. Connect it again on the Accounts page.</source>
        <translation>HumasDesk has no saved login for this {platform} account. Connect it again on the Accounts page.</translation>
    </message>
    <message>
        <source>The login does not expire.</source>
        <translation>The login does not expire.</translation>
    </message>
    <message>
        <source>The login is valid until {time}.</source>
        <translation>The login is valid until {time}.</translation>
    </message>
    <message>
        <source>The {platform} login has expired. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>The {platform} login has expired. Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>WordPress site</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>PublishState</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Scheduled on the platform</source>
        <translation>Scheduled on the platform</translation>
    </message>
    <message>
        <source>Waiting for you to post it</source>
        <translation>Waiting for you to post it</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>The post is empty. Write some text first.</source>
        <translation>The post is empty. Write some text first.</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Choose at least one account.</translation>
    </message>
    <message>
        <source>Unknown repeat: {value}</source>
        <translation>Unknown repeat: {value}</translation>
    </message>
    <message>
        <source>{time} is already past. Choose a time in the future.</source>
        <translation>{time} is already past. Choose a time in the future.</translation>
    </message>
    <message>
        <source>{account} has no queue times yet. Set them on the Accounts page.</source>
        <translation>{account} has no queue times yet. Set them on the Accounts page.</translation>
    </message>
    <message>
        <source>No free queue time in the next 60 days for {account}.</source>
        <translation>No free queue time in the next 60 days for {account}.</translation>
    </message>
    <message>
        <source>The text for “{account}” is empty or has only invisible characters.</source>
        <translation>The text for “{account}” is empty or has only invisible characters.</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <translation>{account}: {problem}</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>The account “{name}” cannot publish now: {state}.</source>
        <translation>The account “{name}” cannot publish now: {state}.</translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation>That post no longer exists.</translation>
    </message>
    <message>
        <source>This post is {state}; that cannot be changed now.</source>
        <translation>This post is {state}; that cannot be changed now.</translation>
    </message>
    <message>
        <source>Publishing is paused: {reason} Nothing more is sent until HumasDesk can write to its data folder; the posts wait in the queue.</source>
        <translation>Publishing is paused: {reason} Nothing more is sent until HumasDesk can write to its data folder; the posts wait in the queue.</translation>
    </message>
    <message>
        <source>Published to {account}, but HumasDesk could not write that down: {reason} It will write it down once there is space, and will not send the post again.</source>
        <translation>Published to {account}, but HumasDesk could not write that down: {reason} It will write it down once there is space, and will not send the post again.</translation>
    </message>
    <message>
        <source>What {account} answered could not be written down: {reason} The post stays “Sending”; HumasDesk checks it on the platform before it sends anything again.</source>
        <translation>What {account} answered could not be written down: {reason} The post stays “Sending”; HumasDesk checks it on the platform before it sends anything again.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its posts wait until then. {reason}</source>
        <translation>{account} needs to be reconnected; its posts wait until then. {reason}</translation>
    </message>
    <message>
        <source>{account} asks us to wait until {time}; HumasDesk will try again then.</source>
        <translation>{account} asks us to wait until {time}; HumasDesk will try again then.</translation>
    </message>
    <message>
        <source>Not published to {account} after {n} tries: {reason}</source>
        <translation>Not published to {account} after {n} tries: {reason}</translation>
    </message>
    <message>
        <source>{account} could not be reached; trying again at {time}.</source>
        <translation>{account} could not be reached; trying again at {time}.</translation>
    </message>
    <message>
        <source>Not published to {account}: {reason}</source>
        <translation>Not published to {account}: {reason}</translation>
    </message>
    <message>
        <source>The post for {account} was due at {time} but was not sent then. Publish it now, reschedule or cancel it.</source>
        <translation>The post for {account} was due at {time} but was not sent then. Publish it now, reschedule or cancel it.</translation>
    </message>
    <message>
        <source>Checking whether the reply reached {account}; HumasDesk will look again.</source>
        <translation>Checking whether the reply reached {account}; HumasDesk will look again.</translation>
    </message>
    <message>
        <source>Checking whether the post reached {account}; HumasDesk will look again.</source>
        <translation>Checking whether the post reached {account}; HumasDesk will look again.</translation>
    </message>
    <message>
        <source>Sending to {account} again with the same key; the platform ignores a repeat of it, so the reply cannot appear twice.</source>
        <translation>Sending to {account} again with the same key; the platform ignores a repeat of it, so the reply cannot appear twice.</translation>
    </message>
    <message>
        <source>Sending to {account} again with the same key; the platform ignores a repeat of it, so the post cannot appear twice.</source>
        <translation>Sending to {account} again with the same key; the platform ignores a repeat of it, so the post cannot appear twice.</translation>
    </message>
    <message>
        <source>The reply was not found on {account}, so HumasDesk sends it again.</source>
        <translation>The reply was not found on {account}, so HumasDesk sends it again.</translation>
    </message>
    <message>
        <source>The post was not found on {account}, so HumasDesk sends it again.</source>
        <translation>The post was not found on {account}, so HumasDesk sends it again.</translation>
    </message>
    <message>
        <source>It is not known whether the reply reached {account}. Check the conversation, then mark it published or send it again.</source>
        <translation>It is not known whether the reply reached {account}. Check the conversation, then mark it published or send it again.</translation>
    </message>
    <message>
        <source>It is not known whether the post reached {account}. Check the account, then mark it published or send it again.</source>
        <translation>It is not known whether the post reached {account}. Check the account, then mark it published or send it again.</translation>
    </message>
    <message>
        <source>{account} will publish it itself at {time}, even if this computer is off.</source>
        <translation>{account} will publish it itself at {time}, even if this computer is off.</translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while sending; check the account before sending again.</source>
        <translation>Something went wrong inside HumasDesk while sending; check the account before sending again.</translation>
    </message>
    <message>
        <source>Published to {account}.</source>
        <translation>Published to {account}.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>{state}, {account}, {time}: {text}</source>
        <translation>{state}, {account}, {time}: {text}</translation>
    </message>
    <message>
        <source>repeats every week</source>
        <translation>repeats every week</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>the new time</source>
        <translation>the new time</translation>
    </message>
    <message>
        <source>New time for: {text}</source>
        <translation>New time for: {text}</translation>
    </message>
    <message>
        <source>the queue page</source>
        <translation>the queue page</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>All posts</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Failed or waiting for you</source>
        <translation>Failed or waiting for you</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda by day</translation>
    </message>
    <message>
        <source>Agenda by week</source>
        <translation>Agenda by week</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>waiting for the platform’s answer</source>
        <translation>waiting for the platform’s answer</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week of {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>The change to the post on {account} failed unexpectedly ({reason}).</source>
        <translation>The change to the post on {account} failed unexpectedly ({reason}).</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Publish this post to {account} now?</source>
        <translation>Publish this post to {account} now?</translation>
    </message>
    <message>
        <source>Publishing to {account} now.</source>
        <translation>Publishing to {account} now.</translation>
    </message>
    <message>
        <source>Taking the post back from {account} to publish it now…</source>
        <translation>Taking the post back from {account} to publish it now…</translation>
    </message>
    <message>
        <source>Rescheduled for {time}.</source>
        <translation>Rescheduled for {time}.</translation>
    </message>
    <message>
        <source>Moving the post on {account} to the new time…</source>
        <translation>Moving the post on {account} to the new time…</translation>
    </message>
    <message>
        <source>Cancel this post to {account}? You can reschedule it later.</source>
        <translation>Cancel this post to {account}? You can reschedule it later.</translation>
    </message>
    <message>
        <source>Post cancelled.</source>
        <translation>Post cancelled.</translation>
    </message>
    <message>
        <source>Cancelling the post on {account}…</source>
        <translation>Cancelling the post on {account}…</translation>
    </message>
    <message>
        <source>Marked as published.</source>
        <translation>Marked as published.</translation>
    </message>
    <message>
        <source>Taking the post back from {account} to edit it…</source>
        <translation>Taking the post back from {account} to edit it…</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>the queue</translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation>&amp;Posts:</translation>
    </message>
    <message>
        <source>Nothing here yet. Posts you publish or schedule appear in this list.</source>
        <translation>Nothing here yet. Posts you publish or schedule appear in this list.</translation>
    </message>
</context>
<context>
    <name>ReplyTemplates</name>
    <message>
        <source>Still to fill in: {fields}</source>
        <translation>Still to fill in: {fields}</translation>
    </message>
    <message>
        <source>Thanks (Indonesian)</source>
        <translation>Thanks (Indonesian)</translation>
    </message>
    <message>
        <source>Thanks (English)</source>
        <translation>Thanks (English)</translation>
    </message>
    <message>
        <source>Apology for a complaint (Indonesian)</source>
        <translation>Apology for a complaint (Indonesian)</translation>
    </message>
    <message>
        <source>Apology for a complaint (English)</source>
        <translation>Apology for a complaint (English)</translation>
    </message>
    <message>
        <source>Emergency (Indonesian)</source>
        <translation>Emergency (Indonesian)</translation>
    </message>
    <message>
        <source>Emergency (English)</source>
        <translation>Emergency (English)</translation>
    </message>
    <message>
        <source>Where to find it (Indonesian)</source>
        <translation>Where to find it (Indonesian)</translation>
    </message>
    <message>
        <source>Where to find it (English)</source>
        <translation>Where to find it (English)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} hours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly social media report</source>
        <translation>Weekly social media report</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>{start} to {end} ({zone})</translation>
    </message>
    <message>
        <source>{posts} posts published, with {reactions} reactions in all.</source>
        <translation>{posts} posts published, with {reactions} reactions in all.</translation>
    </message>
    <message>
        <source>Followers changed by {change} across the accounts with figures.</source>
        <translation>Followers changed by {change} across the accounts with figures.</translation>
    </message>
    <message>
        <source>No follower figures for this week yet.</source>
        <translation>No follower figures for this week yet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Posts per platform</source>
        <translation>Posts per platform</translation>
    </message>
    <message>
        <source>Reactions per platform</source>
        <translation>Reactions per platform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Reactions per post</source>
        <translation>Reactions per post</translation>
    </message>
    <message>
        <source>Follower change</source>
        <translation>Follower change</translation>
    </message>
    <message>
        <source>Follower change per account</source>
        <translation>Follower change per account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Followers at the start</source>
        <translation>Followers at the start</translation>
    </message>
    <message>
        <source>Followers at the end</source>
        <translation>Followers at the end</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Top posts</translation>
    </message>
    <message>
        <source>No post of this week has figures yet.</source>
        <translation>No post of this week has figures yet.</translation>
    </message>
    <message>
        <source>Weakest posts</source>
        <translation>Weakest posts</translation>
    </message>
    <message>
        <source>Not available: complaints from the inbox are not part of this report yet.</source>
        <translation>Not available: complaints from the inbox are not part of this report yet.</translation>
    </message>
    <message>
        <source>No complaint came in this week.</source>
        <translation>No complaint came in this week.</translation>
    </message>
    <message>
        <source>{received} complaints received, {answered} answered.</source>
        <translation>{received} complaints received, {answered} answered.</translation>
    </message>
    <message>
        <source>Median time to the first answer: {time}.</source>
        <translation>Median time to the first answer: {time}.</translation>
    </message>
    <message>
        <source>No complaint was answered this week.</source>
        <translation>No complaint was answered this week.</translation>
    </message>
    <message>
        <source>Longest time to the first answer: {time}.</source>
        <translation>Longest time to the first answer: {time}.</translation>
    </message>
    <message>
        <source>{urgent} of them urgent (emergencies), {answered} answered.</source>
        <translation>{urgent} of them urgent (emergencies), {answered} answered.</translation>
    </message>
    <message>
        <source>Median time to answer an emergency: {time}.</source>
        <translation>Median time to answer an emergency: {time}.</translation>
    </message>
    <message>
        <source>Complaints received and answered</source>
        <translation>Complaints received and answered</translation>
    </message>
    <message>
        <source>The report is written as PDF or HTML: give a file name ending in .pdf or .html.</source>
        <translation>The report is written as PDF or HTML: give a file name ending in .pdf or .html.</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>The report could not be written to {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Check before it goes out</source>
        <translation>Check before it goes out</translation>
    </message>
    <message>
        <source>Tab moves through each account&apos;s text. Enter confirms; Escape goes back to editing.</source>
        <translation>Tab moves through each account&apos;s text. Enter confirms; Escape goes back to editing.</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>the review</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>To {account}</source>
        <translation>To {account}</translation>
    </message>
    <message>
        <source>a thread of {n} parts</source>
        <translation>a thread of {n} parts</translation>
    </message>
    <message>
        <source>Images: {descriptions}</source>
        <translation>Images: {descriptions}</translation>
    </message>
    <message>
        <source>Read aloud the text for {account}</source>
        <translation>Read aloud the text for {account}</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>HumasDesk keeps passwords and tokens only in the system keyring, and no keyring is available in this session. Install and start a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KWallet, log in to the desktop again, and try again. Nothing was saved.</source>
        <translation>HumasDesk keeps passwords and tokens only in the system keyring, and no keyring is available in this session. Install and start a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KWallet, log in to the desktop again, and try again. Nothing was saved.</translation>
    </message>
    <message>
        <source>HumasDesk keeps passwords and tokens only in the system keyring, and the system keyring cannot be used. Nothing was saved.</source>
        <translation>HumasDesk keeps passwords and tokens only in the system keyring, and the system keyring cannot be used. Nothing was saved.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (log in to the desktop, or open the keyring in Passwords and Keys or KWallet Manager), then try again. Nothing was saved.</source>
        <translation>The system keyring is locked. Unlock it (log in to the desktop, or open the keyring in Passwords and Keys or KWallet Manager), then try again. Nothing was saved.</translation>
    </message>
    <message>
        <source>The keyring is set to the null backend, which throws every password away. Remove that setting (PYTHON_KEYRING_BACKEND or keyringrc.cfg) so the system keyring is used. Nothing was saved.</source>
        <translation>The keyring is set to the null backend, which throws every password away. Remove that setting (PYTHON_KEYRING_BACKEND or keyringrc.cfg) so the system keyring is used. Nothing was saved.</translation>
    </message>
    <message>
        <source>The configured keyring would keep passwords in a plain file or ask for them on a terminal; HumasDesk does not use it. Configure the system keyring (GNOME Keyring or KWallet) instead. Nothing was saved.</source>
        <translation>The configured keyring would keep passwords in a plain file or ask for them on a terminal; HumasDesk does not use it. Configure the system keyring (GNOME Keyring or KWallet) instead. Nothing was saved.</translation>
    </message>
    <message>
        <source>The system keyring did not answer as expected ({reason}). Check that it is running and unlocked, then try again. Nothing was saved.</source>
        <translation>The system keyring did not answer as expected ({reason}). Check that it is running and unlocked, then try again. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation>“{value}” is not one of: {allowed}</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Choose a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Choose on or off.</translation>
    </message>
    <message>
        <source>The shortcut list is damaged.</source>
        <translation>The shortcut list is damaged.</translation>
    </message>
    <message>
        <source>Write a web address that starts with https://, for example https://huggingface.co</source>
        <translation>Write a web address that starts with https://, for example https://huggingface.co</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Display and language</source>
        <translation>Display and language</translation>
    </message>
    <message>
        <source>Dark, high contrast</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <source>Light, high contrast</source>
        <translation>Light, high contrast</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Shortcut for “{action}”</source>
        <translation>Shortcut for “{action}”</translation>
    </message>
    <message>
        <source>Press the new keys now (for example Ctrl+Shift+P). Then Tab to OK and press Enter. Escape leaves it as it was.</source>
        <translation>Press the new keys now (for example Ctrl+Shift+P). Then Tab to OK and press Enter. Escape leaves it as it was.</translation>
    </message>
    <message>
        <source>New &amp;keys:</source>
        <translation>New &amp;keys:</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>the settings</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Schedules are shown and typed in this zone.</source>
        <translation>Schedules are shown and typed in this zone.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Seconds to &amp;undo “Publish now” (0 = publish at once):</source>
        <translation>Seconds to &amp;undo “Publish now” (0 = publish at once):</translation>
    </message>
    <message>
        <source>Ask before sending a post that is late by more than this many &amp;minutes:</source>
        <translation>Ask before sending a post that is late by more than this many &amp;minutes:</translation>
    </message>
    <message>
        <source>Always &amp;review first</source>
        <translation>Always &amp;review first</translation>
    </message>
    <message>
        <source>Every post shows its final text for each account, with Read aloud, before it goes out.</source>
        <translation>Every post shows its final text for each account, with Read aloud, before it goes out.</translation>
    </message>
    <message>
        <source>I&amp;gnore a second press of the same action within this many milliseconds:</source>
        <translation>I&amp;gnore a second press of the same action within this many milliseconds:</translation>
    </message>
    <message>
        <source>Single-&amp;key mode</source>
        <translation>Single-&amp;key mode</translation>
    </message>
    <message>
        <source>Letters alone run the most used actions while you are not in a text field. Ctrl+Shift+K turns it on or off.</source>
        <translation>Letters alone run the most used actions while you are not in a text field. Ctrl+Shift+K turns it on or off.</translation>
    </message>
    <message>
        <source>Remo&amp;ve shortcut</source>
        <translation>Remo&amp;ve shortcut</translation>
    </message>
    <message>
        <source>S&amp;ound cues</source>
        <translation>S&amp;ound cues</translation>
    </message>
    <message>
        <source>Short sounds when a post is published or fails, at a text limit, and when listening starts and stops.</source>
        <translation>Short sounds when a post is published or fails, at a text limit, and when listening starts and stops.</translation>
    </message>
    <message>
        <source>Sound cue volume (percent):</source>
        <translation>Sound cue volume (percent):</translation>
    </message>
    <message>
        <source>Speak m&amp;essages aloud</source>
        <translation>Speak m&amp;essages aloud</translation>
    </message>
    <message>
        <source>HumasDesk reads its messages in its own voice. Leave this off if you use a screen reader, so the two do not talk at once.</source>
        <translation>HumasDesk reads its messages in its own voice. Leave this off if you use a screen reader, so the two do not talk at once.</translation>
    </message>
    <message>
        <source>&amp;Dictation engine:</source>
        <translation>&amp;Dictation engine:</translation>
    </message>
    <message>
        <source>Dictation la&amp;nguage:</source>
        <translation>Dictation la&amp;nguage:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Pause that ends listening (milliseconds):</source>
        <translation>&amp;Pause that ends listening (milliseconds):</translation>
    </message>
    <message>
        <source>Reading speed (words per minute):</source>
        <translation>Reading speed (words per minute):</translation>
    </message>
    <message>
        <source>Reading volume (percent):</source>
        <translation>Reading volume (percent):</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>Vo&amp;ice:</translation>
    </message>
    <message>
        <source>Tr&amp;y the voice</source>
        <translation>Tr&amp;y the voice</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>the shortcuts</source>
        <translation>the shortcuts</translation>
    </message>
    <message>
        <source>S&amp;hortcuts:</source>
        <translation>S&amp;hortcuts:</translation>
    </message>
    <message>
        <source>&amp;Change shortcut…</source>
        <translation>&amp;Change shortcut…</translation>
    </message>
    <message>
        <source>Reset &amp;all shortcuts</source>
        <translation>Reset &amp;all shortcuts</translation>
    </message>
    <message>
        <source>Sound and speech</source>
        <translation>Sound and speech</translation>
    </message>
    <message>
        <source>Dictation and reading aloud</source>
        <translation>Dictation and reading aloud</translation>
    </message>
    <message>
        <source>Whisper model &amp;folder (for offline Indonesian):</source>
        <translation>Whisper model &amp;folder (for offline Indonesian):</translation>
    </message>
    <message>
        <source>A folder with a faster-whisper model (model.bin, tokenizer.json). Leave empty to use the one in HumasDesk’s data folder, if any.</source>
        <translation>A folder with a faster-whisper model (model.bin, tokenizer.json). Leave empty to use the one in HumasDesk’s data folder, if any.</translation>
    </message>
    <message>
        <source>Chosen by the text’s language</source>
        <translation>Chosen by the text’s language</translation>
    </message>
    <message>
        <source>&amp;Wake phrase “perintah”</source>
        <translation>&amp;Wake phrase “perintah”</translation>
    </message>
    <message>
        <source>Voice commands start with F7. With this on, a phrase that begins with “perintah” or “command” while you dictate is a command, not text.</source>
        <translation>Voice commands start with F7. With this on, a phrase that begins with “perintah” or “command” while you dictate is a command, not text.</translation>
    </message>
    <message>
        <source>Pictures and links</source>
        <translation>Pictures and links</translation>
    </message>
    <message>
        <source>&amp;Watched folder for pictures:</source>
        <translation>&amp;Watched folder for pictures:</translation>
    </message>
    <message>
        <source>The folder your phone or colleagues sync pictures into. “Pick from the pictures folder” in the composer lists it, newest first.</source>
        <translation>The folder your phone or colleagues sync pictures into. “Pick from the pictures folder” in the composer lists it, newest first.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Bluesky link cards</source>
        <translation>Bluesky link cards</translation>
    </message>
    <message>
        <source>A Bluesky post with a link shows the page&apos;s title, description and picture. HumasDesk reads the page to make it, which tells that site your computer&apos;s address.</source>
        <translation>A Bluesky post with a link shows the page&apos;s title, description and picture. HumasDesk reads the page to make it, which tells that site your computer&apos;s address.</translation>
    </message>
    <message>
        <source>Choose the watched folder for pictures</source>
        <translation>Choose the watched folder for pictures</translation>
    </message>
    <message>
        <source>The publishing agent starts when you log in, so scheduled posts go out while this window is closed.</source>
        <translation>The publishing agent starts when you log in, so scheduled posts go out while this window is closed.</translation>
    </message>
    <message>
        <source>Start &amp;with the computer</source>
        <translation>Start &amp;with the computer</translation>
    </message>
    <message>
        <source>Start with the computer could not be changed: {reason}</source>
        <translation>Start with the computer could not be changed: {reason}</translation>
    </message>
    <message>
        <source>Choose the Whisper model folder</source>
        <translation>Choose the Whisper model folder</translation>
    </message>
    <message>
        <source>This is how HumasDesk reads your posts aloud.</source>
        <translation>This is how HumasDesk reads your posts aloud.</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>no shortcut</translation>
    </message>
    <message>
        <source>“{action}” now has the shortcut {keys}.</source>
        <translation>“{action}” now has the shortcut {keys}.</translation>
    </message>
    <message>
        <source>“{action}” has no shortcut now.</source>
        <translation>“{action}” has no shortcut now.</translation>
    </message>
    <message>
        <source>All shortcuts are back to their defaults.</source>
        <translation>All shortcuts are back to their defaults.</translation>
    </message>
    <message>
        <source>Changes are saved and applied at once.</source>
        <translation>Changes are saved and applied at once.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>turn a recorded voice memo into text, with spoken commands applied</source>
        <translation>turn a recorded voice memo into text, with spoken commands applied</translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</source>
        <translation>recognition engine (default: the one in Settings): whisper (offline, Indonesian and English, needs a model folder), pocketsphinx (offline, English only), google (online: sends the recording to Google)</translation>
    </message>
    <message>
        <source>language spoken in the memo (default: the one in Settings, Indonesian)</source>
        <translation>language spoken in the memo (default: the one in Settings, Indonesian)</translation>
    </message>
    <message>
        <source>Whisper model folder (default: the one in Settings)</source>
        <translation>Whisper model folder (default: the one in Settings)</translation>
    </message>
    <message>
        <source>save the text as a new draft instead of printing it</source>
        <translation>save the text as a new draft instead of printing it</translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</source>
        <translation>the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when PyAV is installed</translation>
    </message>
    <message>
        <source>The audio file {path} does not exist.</source>
        <translation>The audio file {path} does not exist.</translation>
    </message>
    <message>
        <source>Saved as draft {id}.</source>
        <translation>Saved as draft {id}.</translation>
    </message>
    <message>
        <source>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</source>
        <translation>{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats (the PyAV package) is not installed. Convert the file to WAV, or install PyAV.</translation>
    </message>
    <message>
        <source>{path} could not be read as audio. Is it a sound recording?</source>
        <translation>{path} could not be read as audio. Is it a sound recording?</translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</source>
        <translation>No microphone was found. Plug one in (or turn it on in the system&apos;s sound settings), then try again.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened. Another program may be using it.</source>
        <translation>The microphone “{name}” could not be opened. Another program may be using it.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the Python package “sounddevice” is missing.</source>
        <translation>Sound support is not installed: the Python package “sounddevice” is missing.</translation>
    </message>
    <message>
        <source>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</source>
        <translation>Sound support is not installed: the system library PortAudio is missing (on Debian or Ubuntu, install the package libportaudio2).</translation>
    </message>
    <message>
        <source>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</source>
        <translation>No sound output device was found, so nothing can be read aloud. Connect speakers or headphones and try again.</translation>
    </message>
    <message>
        <source>There is no dictated phrase to remove.</source>
        <translation>There is no dictated phrase to remove.</translation>
    </message>
    <message>
        <source>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</source>
        <translation>The last dictated phrase was changed after it was dictated, so it was not removed. Use Undo instead.</translation>
    </message>
    <message>
        <source>The command file {path} cannot be used: {reason}</source>
        <translation>The command file {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</source>
        <translation>Dictation stopped because of an unexpected error. Nothing was changed. The details are in the log file.</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</source>
        <translation>{engine} cannot recognise {language}. It knows: {known}. Choose another engine or language in Settings.</translation>
    </message>
    <message>
        <source>Built-in English (offline)</source>
        <translation>Built-in English (offline)</translation>
    </message>
    <message>
        <source>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</source>
        <translation>Recognises English on this computer with PocketSphinx. Nothing leaves the computer and nothing needs downloading, but it makes more mistakes than Whisper and knows no Indonesian.</translation>
    </message>
    <message>
        <source>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</source>
        <translation>The built-in English engine is not installed (the Python package “pocketsphinx” is missing).</translation>
    </message>
    <message>
        <source>The built-in English engine could not start: {reason}</source>
        <translation>The built-in English engine could not start: {reason}</translation>
    </message>
    <message>
        <source>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, “Dictation and reading aloud”, Whisper model folder.</source>
        <translation>To dictate offline with Whisper, HumasDesk needs a Whisper model folder in CTranslate2 format (“faster-whisper”), for example faster-whisper-small: a folder with model.bin, config.json, tokenizer.json and vocabulary.txt. Download it once on any computer with internet (for Indonesian, pick a multilingual model, not one whose name ends in “.en”), copy the folder here, and choose it in Settings, “Dictation and reading aloud”, Whisper model folder.</translation>
    </message>
    <message>
        <source>A folder copied to {folder} is found without choosing it.</source>
        <translation>A folder copied to {folder} is found without choosing it.</translation>
    </message>
    <message>
        <source>Or let HumasDesk download one: Settings, “Dictation and reading aloud”, Whisper models.</source>
        <translation>Or let HumasDesk download one: Settings, “Dictation and reading aloud”, Whisper models.</translation>
    </message>
    <message>
        <source>Whisper (offline)</source>
        <translation>Whisper (offline)</translation>
    </message>
    <message>
        <source>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</source>
        <translation>Recognises Indonesian and English on this computer with a Whisper model that you download once. Nothing leaves the computer. Larger models are more accurate but slower.</translation>
    </message>
    <message>
        <source>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</source>
        <translation>The Whisper engine is not installed (the Python package “faster-whisper” is missing).</translation>
    </message>
    <message>
        <source>No Whisper model folder is chosen.</source>
        <translation>No Whisper model folder is chosen.</translation>
    </message>
    <message>
        <source>The Whisper model folder {folder} does not exist.</source>
        <translation>The Whisper model folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The folder {folder} is not a complete Whisper model: {files} missing.</source>
        <translation>The folder {folder} is not a complete Whisper model: {files} missing.</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</source>
        <translation>The Whisper model in {folder} knows only English. For {language}, choose a multilingual model (one whose name does not end in “.en”).</translation>
    </message>
    <message>
        <source>The Whisper model in {folder} could not be loaded: {reason}</source>
        <translation>The Whisper model in {folder} could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>Google (online)</source>
        <translation>Google (online)</translation>
    </message>
    <message>
        <source>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</source>
        <translation>Sends each recording over the internet to Google&apos;s speech service. It needs no download and knows Indonesian well, but Google receives everything you say: never dictate patient names or other private information with it. It stops working without internet, and Google may limit or end this free service at any time.</translation>
    </message>
    <message>
        <source>The online engine is not installed (the Python package “SpeechRecognition” is missing).</source>
        <translation>The online engine is not installed (the Python package “SpeechRecognition” is missing).</translation>
    </message>
    <message>
        <source>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</source>
        <translation>The online speech service could not be reached ({reason}). Nothing was changed. Check the internet connection, or choose an offline engine in Settings.</translation>
    </message>
    <message>
        <source>There is no speech engine called “{name}”. Engines: {known}.</source>
        <translation>There is no speech engine called “{name}”. Engines: {known}.</translation>
    </message>
    <message>
        <source>I heard nothing. Check that the microphone is on and speak a little louder.</source>
        <translation>I heard nothing. Check that the microphone is on and speak a little louder.</translation>
    </message>
    <message>
        <source>I could not understand that. Nothing was changed; please say it again.</source>
        <translation>I could not understand that. Nothing was changed; please say it again.</translation>
    </message>
    <message>
        <source>Reading aloud stopped because of an unexpected error. The details are in the log file.</source>
        <translation>Reading aloud stopped because of an unexpected error. The details are in the log file.</translation>
    </message>
    <message>
        <source>Reading aloud is not installed (the Python package “pyttsx3” is missing).</source>
        <translation>Reading aloud is not installed (the Python package “pyttsx3” is missing).</translation>
    </message>
    <message>
        <source>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation>Reading aloud could not start: {reason}. On Debian or Ubuntu, install the package espeak-ng.</translation>
    </message>
    <message>
        <source>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</source>
        <translation>This computer has no {language} voice, so {voice} reads the text and will mispronounce it. Installing espeak-ng adds an Indonesian voice.</translation>
    </message>
    <message>
        <source>the default voice</source>
        <translation>the default voice</translation>
    </message>
    <message>
        <source>The speech could not be written to {path}.</source>
        <translation>The speech could not be written to {path}.</translation>
    </message>
    <message>
        <source>There is nothing to read yet.</source>
        <translation>There is nothing to read yet.</translation>
    </message>
</context>
<context>
    <name>SpeechCommand</name>
    <message>
        <source>Full stop (.)</source>
        <translation>Full stop (.)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Question mark (?)</source>
        <translation>Question mark (?)</translation>
    </message>
    <message>
        <source>Exclamation mark (!)</source>
        <translation>Exclamation mark (!)</translation>
    </message>
    <message>
        <source>Colon (:)</source>
        <translation>Colon (:)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Opening bracket ((), no space after</source>
        <translation>Opening bracket ((), no space after</translation>
    </message>
    <message>
        <source>Closing bracket ())</source>
        <translation>Closing bracket ())</translation>
    </message>
    <message>
        <source>Hyphen (-), joining the words on both sides</source>
        <translation>Hyphen (-), joining the words on both sides</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Start a new line</translation>
    </message>
    <message>
        <source>Start a new paragraph (an empty line between)</source>
        <translation>Start a new paragraph (an empty line between)</translation>
    </message>
    <message>
        <source>Remove the last dictated phrase, wherever the cursor is now</source>
        <translation>Remove the last dictated phrase, wherever the cursor is now</translation>
    </message>
    <message>
        <source>Delete the word before the cursor, or the selected text</source>
        <translation>Delete the word before the cursor, or the selected text</translation>
    </message>
    <message>
        <source>Start the next word with a capital letter</source>
        <translation>Start the next word with a capital letter</translation>
    </message>
    <message>
        <source>Make the next word a hashtag (#word)</source>
        <translation>Make the next word a hashtag (#word)</translation>
    </message>
    <message>
        <source>Read the text aloud</source>
        <translation>Read the text aloud</translation>
    </message>
    <message>
        <source>Type the next command as words, e.g. “ketik titik” types the word “titik”</source>
        <translation>Type the next command as words, e.g. “ketik titik” types the word “titik”</translation>
    </message>
</context>
<context>
    <name>SpeechModels</name>
    <message>
        <source>Good Indonesian; the best choice for most computers.</source>
        <translation>Good Indonesian; the best choice for most computers.</translation>
    </message>
    <message>
        <source>Faster and smaller, for slower computers; more mistakes in Indonesian.</source>
        <translation>Faster and smaller, for slower computers; more mistakes in Indonesian.</translation>
    </message>
    <message>
        <source>The fastest and smallest; many mistakes in Indonesian.</source>
        <translation>The fastest and smallest; many mistakes in Indonesian.</translation>
    </message>
    <message>
        <source>Very good Indonesian, but slow without a fast processor.</source>
        <translation>Very good Indonesian, but slow without a fast processor.</translation>
    </message>
    <message>
        <source>There is no model called “{name}”. Models: {known}.</source>
        <translation>There is no model called “{name}”. Models: {known}.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Whisper {model}: a download of {download}; it needs {disk} free on the disk ({free} free now). On this computer it should write out a 5-second sentence in about {seconds} seconds. {note}</source>
        <translation>Whisper {model}: a download of {download}; it needs {disk} free on the disk ({free} free now). On this computer it should write out a 5-second sentence in about {seconds} seconds. {note}</translation>
    </message>
    <message>
        <source>The disk with {folder} is too full for this model: it needs {needed} free and has {free}. Nothing was installed. Free some space, or choose a smaller model.</source>
        <translation>The disk with {folder} is too full for this model: it needs {needed} free and has {free}. Nothing was installed. Free some space, or choose a smaller model.</translation>
    </message>
    <message>
        <source>The model server {server} could not be reached ({reason}). What was downloaded so far is kept; try again later, or set another download address in Settings.</source>
        <translation>The model server {server} could not be reached ({reason}). What was downloaded so far is kept; try again later, or set another download address in Settings.</translation>
    </message>
    <message>
        <source>The model server has no file {name} for {model} (HTTP {status}). Check the download address in Settings.</source>
        <translation>The model server has no file {name} for {model} (HTTP {status}). Check the download address in Settings.</translation>
    </message>
    <message>
        <source>The model could not be saved in {folder}: {reason}</source>
        <translation>The model could not be saved in {folder}: {reason}</translation>
    </message>
    <message>
        <source>The model server refused {name} (HTTP {status}). What was downloaded so far is kept.</source>
        <translation>The model server refused {name} (HTTP {status}). What was downloaded so far is kept.</translation>
    </message>
    <message>
        <source>The download was stopped. What was downloaded so far is kept for next time.</source>
        <translation>The download was stopped. What was downloaded so far is kept for next time.</translation>
    </message>
    <message>
        <source>{name} has {got} bytes instead of {expected}</source>
        <translation>{name} has {got} bytes instead of {expected}</translation>
    </message>
    <message>
        <source>{name} does not match its published checksum</source>
        <translation>{name} does not match its published checksum</translation>
    </message>
    <message>
        <source>The downloaded model is damaged: {problem}. Nothing was installed; try again, and if it happens again, check the download address in Settings.</source>
        <translation>The downloaded model is damaged: {problem}. Nothing was installed; try again, and if it happens again, check the download address in Settings.</translation>
    </message>
    <message>
        <source>Whisper models for offline dictation</source>
        <translation>Whisper models for offline dictation</translation>
    </message>
    <message>
        <source>Model to do&amp;wnload:</source>
        <translation>Model to do&amp;wnload:</translation>
    </message>
    <message>
        <source>Check its &amp;size</source>
        <translation>Check its &amp;size</translation>
    </message>
    <message>
        <source>Confirm download</source>
        <translation>Confirm download</translation>
    </message>
    <message>
        <source>S&amp;top download</source>
        <translation>S&amp;top download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>the downloaded models</source>
        <translation>the downloaded models</translation>
    </message>
    <message>
        <source>Downloaded models:</source>
        <translation>Downloaded models:</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>Remove the selected model</translation>
    </message>
    <message>
        <source>Download address:</source>
        <translation>Download address:</translation>
    </message>
    <message>
        <source>Where models are downloaded from. A server inside the hospital network may offer the same files.</source>
        <translation>Where models are downloaded from. A server inside the hospital network may offer the same files.</translation>
    </message>
    <message>
        <source>Whisper {model}: {size}, in {folder}</source>
        <translation>Whisper {model}: {size}, in {folder}</translation>
    </message>
    <message>
        <source>(used for dictation)</source>
        <translation>(used for dictation)</translation>
    </message>
    <message>
        <source>Asking the model server…</source>
        <translation>Asking the model server…</translation>
    </message>
    <message>
        <source>Press “Confirm download” to start.</source>
        <translation>Press “Confirm download” to start.</translation>
    </message>
    <message>
        <source>Downloading Whisper {model}…</source>
        <translation>Downloading Whisper {model}…</translation>
    </message>
    <message>
        <source>{percent} percent downloaded.</source>
        <translation>{percent} percent downloaded.</translation>
    </message>
    <message>
        <source>Whisper {model} is ready. Indonesian dictation now works offline.</source>
        <translation>Whisper {model} is ready. Indonesian dictation now works offline.</translation>
    </message>
    <message>
        <source>Whisper {model} was removed.</source>
        <translation>Whisper {model} was removed.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full or cannot be written.</source>
        <translation>The disk is full or cannot be written.</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved. Free some space and try again.</source>
        <translation>{reason} Nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The data file is busy in another HumasDesk window; try again in a moment.</source>
        <translation>The data file is busy in another HumasDesk window; try again in a moment.</translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation>The data file cannot be opened for writing. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>The data file reported an error: {error}</source>
        <translation>The data file reported an error: {error}</translation>
    </message>
    <message>
        <source>This data file was written by a newer HumasDesk; update the app to open it.</source>
        <translation>This data file was written by a newer HumasDesk; update the app to open it.</translation>
    </message>
</context>
<context>
    <name>Telegram</name>
    <message>
        <source>“{channel}” is not a channel name. Use the channel&apos;s public name, such as @rsko_info, or a private channel&apos;s number, which starts with -100.</source>
        <translation>“{channel}” is not a channel name. Use the channel&apos;s public name, such as @rsko_info, or a private channel&apos;s number, which starts with -100.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address.</source>
        <translation>“{server}” is not a server address.</translation>
    </message>
    <message>
        <source>The Bot API address must start with https://, so that the bot token travels encrypted.</source>
        <translation>The Bot API address must start with https://, so that the bot token travels encrypted.</translation>
    </message>
    <message>
        <source>That does not look like a bot token. BotFather gives one like 123456789:AAE…, a number, a colon and about 35 letters and digits.</source>
        <translation>That does not look like a bot token. BotFather gives one like 123456789:AAE…, a number, a colon and about 35 letters and digits.</translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>Telegram had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Telegram&apos;s answer was not understood. HumasDesk will try again.</source>
        <translation>Telegram&apos;s answer was not understood. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Telegram cannot find the channel. Check its name (or number), and that the bot has been added to it as an administrator.</source>
        <translation>Telegram cannot find the channel. Check its name (or number), and that the bot has been added to it as an administrator.</translation>
    </message>
    <message>
        <source>The bot may not post in this channel ({reason}). In Telegram, open the channel&apos;s settings, Administrators, add the bot and allow it to post messages; then verify the account.</source>
        <translation>The bot may not post in this channel ({reason}). In Telegram, open the channel&apos;s settings, Administrators, add the bot and allow it to post messages; then verify the account.</translation>
    </message>
    <message>
        <source>The group has become a supergroup with a new number ({chat}). Change the account&apos;s channel to it.</source>
        <translation>The group has become a supergroup with a new number ({chat}). Change the account&apos;s channel to it.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Copy the token again from BotFather (/mybots, the bot, API Token) and reconnect the account.</source>
        <translation>Telegram did not accept the bot token. Copy the token again from BotFather (/mybots, the bot, API Token) and reconnect the account.</translation>
    </message>
    <message>
        <source>The bot is an administrator of “{channel}” but may not post messages. In the channel&apos;s settings, Administrators, open the bot and turn on Post messages.</source>
        <translation>The bot is an administrator of “{channel}” but may not post messages. In the channel&apos;s settings, Administrators, open the bot and turn on Post messages.</translation>
    </message>
    <message>
        <source>The bot is not an administrator of “{channel}”, so it cannot post there. In the channel&apos;s settings, Administrators, add the bot (@{bot}) and allow it to post messages.</source>
        <translation>The bot is not an administrator of “{channel}”, so it cannot post there. In the channel&apos;s settings, Administrators, add the bot (@{bot}) and allow it to post messages.</translation>
    </message>
    <message>
        <source>Telegram keeps the bot&apos;s updates for 24 hours only: comments made while HumasDesk was not reading for longer than that are not listed.</source>
        <translation>Telegram keeps the bot&apos;s updates for 24 hours only: comments made while HumasDesk was not reading for longer than that are not listed.</translation>
    </message>
    <message>
        <source>The channel has no discussion group, so it has no comments to read. In the channel&apos;s settings, Discussion, link a group and add the bot to it.</source>
        <translation>The channel has no discussion group, so it has no comments to read. In the channel&apos;s settings, Discussion, link a group and add the bot to it.</translation>
    </message>
    <message>
        <source>This comment cannot be answered: HumasDesk does not know where it is.</source>
        <translation>This comment cannot be answered: HumasDesk does not know where it is.</translation>
    </message>
    <message>
        <source>The bot delivers its updates to a web address (a webhook), so HumasDesk cannot read the comments. Remove the webhook (deleteWebhook) or use another bot for HumasDesk.</source>
        <translation>The bot delivers its updates to a web address (a webhook), so HumasDesk cannot read the comments. Remove the webhook (deleteWebhook) or use another bot for HumasDesk.</translation>
    </message>
    <message>
        <source>Another program is reading this bot&apos;s updates at the same time, and Telegram gives them to only one. Stop the other program, or give HumasDesk a bot of its own. HumasDesk will try again.</source>
        <translation>Another program is reading this bot&apos;s updates at the same time, and Telegram gives them to only one. Stop the other program, or give HumasDesk a bot of its own. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>The bot token for this channel is not in the keyring. Reconnect the account on the Accounts page.</source>
        <translation>The bot token for this channel is not in the keyring. Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>The bot @{bot} can post in “{channel}”.</source>
        <translation>The bot @{bot} can post in “{channel}”.</translation>
    </message>
    <message>
        <source>Telegram gives bots no views or statistics of channel posts; the channel&apos;s owner sees them in the Telegram app (Channel info, Statistics).</source>
        <translation>Telegram gives bots no views or statistics of channel posts; the channel&apos;s owner sees them in the Telegram app (Channel info, Statistics).</translation>
    </message>
    <message>
        <source>Telegram did not say how many subscribers the channel has.</source>
        <translation>Telegram did not say how many subscribers the channel has.</translation>
    </message>
    <message>
        <source>A Telegram channel post is one message; threads are not sent there.</source>
        <translation>A Telegram channel post is one message; threads are not sent there.</translation>
    </message>
    <message>
        <source>With a photo or video Telegram allows a caption of {limit} characters; this text has {count}. Shorten it, or post the text without media.</source>
        <translation>With a photo or video Telegram allows a caption of {limit} characters; this text has {count}. Shorten it, or post the text without media.</translation>
    </message>
    <message>
        <source>Telegram albums hold at most {limit} photos or videos; this post has {count}.</source>
        <translation>Telegram albums hold at most {limit} photos or videos; this post has {count}.</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video; HumasDesk sends only those to Telegram.</source>
        <translation>{file} is not a photo or a video; HumasDesk sends only those to Telegram.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read. Was it moved or deleted?</source>
        <translation>The file {file} cannot be read. Was it moved or deleted?</translation>
    </message>
    <message>
        <source>{file} is {size} MB; Telegram takes up to {limit} MB from a bot.</source>
        <translation>{file} is {size} MB; Telegram takes up to {limit} MB from a bot.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{source} is not UTF-8 text: byte 0x{byte} at line {line}, byte {column} of the line, cannot be read.</source>
        <translation>{source} is not UTF-8 text: byte 0x{byte} at line {line}, byte {column} of the line, cannot be read.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>a Telegram caption</source>
        <translation>a Telegram caption</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>the local outbox</source>
        <translation>the local outbox</translation>
    </message>
    <message>
        <source>an assisted site</source>
        <translation>an assisted site</translation>
    </message>
    <message>
        <source>Too long for {platform}: {length} of {limit} characters, {over} over.</source>
        <translation>Too long for {platform}: {length} of {limit} characters, {over} over.</translation>
    </message>
    <message>
        <source>X counts emoji and Chinese, Japanese or Korean characters as 2 and every link as {url_length}.</source>
        <translation>X counts emoji and Chinese, Japanese or Korean characters as 2 and every link as {url_length}.</translation>
    </message>
    <message>
        <source>Every link counts as {url_length}.</source>
        <translation>Every link counts as {url_length}.</translation>
    </message>
    <message>
        <source>Most emoji count as 2.</source>
        <translation>Most emoji count as 2.</translation>
    </message>
    <message>
        <source>Threads counts each emoji by its size in bytes, usually 4.</source>
        <translation>Threads counts each emoji by its size in bytes, usually 4.</translation>
    </message>
    <message>
        <source>LinkedIn counts its reserved characters, such as # @ ( ) _ and *, as 2, because they are escaped.</source>
        <translation>LinkedIn counts its reserved characters, such as # @ ( ) _ and *, as 2, because they are escaped.</translation>
    </message>
    <message>
        <source>Too long for Bluesky: {length} of {limit} bytes, {over} over. Emoji and letters outside plain Latin take 2 to 4 bytes each.</source>
        <translation>Too long for Bluesky: {length} of {limit} bytes, {over} over. Emoji and letters outside plain Latin take 2 to 4 bytes each.</translation>
    </message>
    <message>
        <source>Too many links for {platform}: {count}, at most {limit}.</source>
        <translation>Too many links for {platform}: {count}, at most {limit}.</translation>
    </message>
    <message>
        <source>Too many hashtags for {platform}: {count}, at most {limit}.</source>
        <translation>Too many hashtags for {platform}: {count}, at most {limit}.</translation>
    </message>
    <message>
        <source>Too many mentions for {platform}: {count}, at most {limit}.</source>
        <translation>Too many mentions for {platform}: {count}, at most {limit}.</translation>
    </message>
    <message>
        <source>{platform} does not accept the invisible character U+{code}; remove it.</source>
        <translation>{platform} does not accept the invisible character U+{code}; remove it.</translation>
    </message>
    <message>
        <source>The text is empty; {platform} needs some text.</source>
        <translation>The text is empty; {platform} needs some text.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”. Known platforms: {known}.</source>
        <translation>Unknown platform “{platform}”. Known platforms: {known}.</translation>
    </message>
    <message>
        <source>The limits for {platform} must be {expected}, not {given}.</source>
        <translation>The limits for {platform} must be {expected}, not {given}.</translation>
    </message>
    <message>
        <source>the platform whose rules apply: {names}</source>
        <translation>the platform whose rules apply: {names}</translation>
    </message>
    <message>
        <source>the text, or - to read it from standard input (one final line break is dropped)</source>
        <translation>the text, or - to read it from standard input (one final line break is dropped)</translation>
    </message>
    <message>
        <source>measure a text for a platform: length, limit, problems, links, mentions and hashtags</source>
        <translation>measure a text for a platform: length, limit, problems, links, mentions and hashtags</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>split a long text into a thread of parts that each fit the platform</source>
        <translation>split a long text into a thread of parts that each fit the platform</translation>
    </message>
    <message>
        <source>end every part with its number, such as 1/3 (counted in the part)</source>
        <translation>end every part with its number, such as 1/3 (counted in the part)</translation>
    </message>
    <message>
        <source>print the parts as a JSON list of strings</source>
        <translation>print the parts as a JSON list of strings</translation>
    </message>
    <message>
        <source>Give the text as an argument, or - to read it from standard input.</source>
        <translation>Give the text as an argument, or - to read it from standard input.</translation>
    </message>
    <message>
        <source>{platform}: {length} characters, no limit.</source>
        <translation>{platform}: {length} characters, no limit.</translation>
    </message>
    <message>
        <source>{platform}: {length} of {limit} characters, {remaining} left.</source>
        <translation>{platform}: {length} of {limit} characters, {remaining} left.</translation>
    </message>
    <message>
        <source>{platform}: {length} of {limit} characters.</source>
        <translation>{platform}: {length} of {limit} characters.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Valid for {platform}.</source>
        <translation>Valid for {platform}.</translation>
    </message>
    <message>
        <source>Part {number} of {total}, {length} characters:</source>
        <translation>Part {number} of {total}, {length} characters:</translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>Signed in to Threads as @{username}. {expiry}</source>
        <translation>Signed in to Threads as @{username}. {expiry}</translation>
    </message>
    <message>
        <source>Threads fetches images from a public address, and no WordPress site is set up to hold them.</source>
        <translation>Threads fetches images from a public address, and no WordPress site is set up to hold them.</translation>
    </message>
    <message>
        <source>The thread stopped at part {number} of {count}: {reason} The first parts are on Threads ({url}); post the rest by hand or delete them before sending again.</source>
        <translation>The thread stopped at part {number} of {count}: {reason} The first parts are on Threads ({url}); post the rest by hand or delete them before sending again.</translation>
    </message>
    <message>
        <source>Threads did not say which post it made. Check the account before sending again.</source>
        <translation>Threads did not say which post it made. Check the account before sending again.</translation>
    </message>
    <message>
        <source>Threads allows {quota} searches in 24 hours (a search that finds nothing is not counted), so HumasDesk searches at most every {minutes} minutes. Without Meta&apos;s approval of keyword search, only your own posts are found.</source>
        <translation>Threads allows {quota} searches in 24 hours (a search that finds nothing is not counted), so HumasDesk searches at most every {minutes} minutes. Without Meta&apos;s approval of keyword search, only your own posts are found.</translation>
    </message>
    <message>
        <source>Threads does not let HumasDesk read mentions: the Meta app lacks the permission threads_manage_mentions, or Meta has not given it advanced access. Replies to your posts are still read.</source>
        <translation>Threads does not let HumasDesk read mentions: the Meta app lacks the permission threads_manage_mentions, or Meta has not given it advanced access. Replies to your posts are still read.</translation>
    </message>
    <message>
        <source>Threads did not accept the answer. HumasDesk will try again.</source>
        <translation>Threads did not accept the answer. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Only a reply to your post can be hidden or shown again on Threads.</source>
        <translation>Only a reply to your post can be hidden or shown again on Threads.</translation>
    </message>
    <message>
        <source>Type a word or a #tag to search for.</source>
        <translation>Type a word or a #tag to search for.</translation>
    </message>
    <message>
        <source>Threads does not let HumasDesk search: the Meta app lacks the permission threads_keyword_search.</source>
        <translation>Threads does not let HumasDesk search: the Meta app lacks the permission threads_keyword_search.</translation>
    </message>
    <message>
        <source>Part {number}: {problems}</source>
        <translation>Part {number}: {problems}</translation>
    </message>
    <message>
        <source>Threads takes at most {limit} images in one post.</source>
        <translation>Threads takes at most {limit} images in one post.</translation>
    </message>
    <message>
        <source>Threads takes JPEG and PNG images; “{name}” is neither.</source>
        <translation>Threads takes JPEG and PNG images; “{name}” is neither.</translation>
    </message>
    <message>
        <source>Threads allows {total} posts in 24 hours through programs and {used} are used; this post needs {needed}. HumasDesk will try again later.</source>
        <translation>Threads allows {total} posts in 24 hours through programs and {used} are used; this post needs {needed}. HumasDesk will try again later.</translation>
    </message>
    <message>
        <source>Threads did not accept the post. HumasDesk will try again.</source>
        <translation>Threads did not accept the post. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Threads could not use the post ({reason}).</source>
        <translation>Threads could not use the post ({reason}).</translation>
    </message>
    <message>
        <source>The post expired on Threads before it was published. HumasDesk will try again.</source>
        <translation>The post expired on Threads before it was published. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Threads is still processing the post after {seconds} seconds. Nothing was published; HumasDesk will try again.</source>
        <translation>Threads is still processing the post after {seconds} seconds. Nothing was published; HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Threads answered without a token. Try again.</source>
        <translation>Threads answered without a token. Try again.</translation>
    </message>
    <message>
        <source>Log in to Threads in the browser, or paste a token.</source>
        <translation>Log in to Threads in the browser, or paste a token.</translation>
    </message>
    <message>
        <source>Give the redirect address registered in the Threads app (Threads use case, Settings, Redirect Callback URLs).</source>
        <translation>Give the redirect address registered in the Threads app (Threads use case, Settings, Redirect Callback URLs).</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>The time zone is empty. Use a name like Asia/Jakarta.</source>
        <translation>The time zone is empty. Use a name like Asia/Jakarta.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</source>
        <translation>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</translation>
    </message>
    <message>
        <source>The time is empty. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>The time is empty. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>“{text}” is outside the dates HumasDesk can schedule. Choose a time before the year 9999.</source>
        <translation>“{text}” is outside the dates HumasDesk can schedule. Choose a time before the year 9999.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip it. Choose another time.</source>
        <translation>{time} does not exist in {zone}: the clocks skip it. Choose another time.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{weekday}, {day} {month} {year}, {time} {zone}</source>
        <translation>{weekday}, {day} {month} {year}, {time} {zone}</translation>
    </message>
    <message>
        <source>Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, “tomorrow 9am” or 2026-12-01 09:00.</source>
        <translation>Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, “tomorrow 9am” or 2026-12-01 09:00.</translation>
    </message>
    <message>
        <source>Write when the post should go out, for example “besok jam 9”.</source>
        <translation>Write when the post should go out, for example “besok jam 9”.</translation>
    </message>
    <message>
        <source>Add a time, for example “besok jam 9”.</source>
        <translation>Add a time, for example “besok jam 9”.</translation>
    </message>
    <message>
        <source>No best time is known for the chosen accounts yet. Choose the accounts first, or give a time such as “besok jam 9”.</source>
        <translation>No best time is known for the chosen accounts yet. Choose the accounts first, or give a time such as “besok jam 9”.</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>label messages as emergency, complaint or question, with the words that set each label</source>
        <translation>label messages as emergency, complaint or question, with the words that set each label</translation>
    </message>
    <message>
        <source>print a JSON array, one object per message</source>
        <translation>print a JSON array, one object per message</translation>
    </message>
    <message>
        <source>the message, or - to read one message per line from standard input</source>
        <translation>the message, or - to read one message per line from standard input</translation>
    </message>
    <message>
        <source>Give the message as an argument, or - to read one message per line from standard input.</source>
        <translation>Give the message as an argument, or - to read one message per line from standard input.</translation>
    </message>
    <message>
        <source>Standard input holds no message: every line is empty.</source>
        <translation>Standard input holds no message: every line is empty.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>no label</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>“{words}” is not an emergency here</source>
        <translation>“{words}” is not an emergency here</translation>
    </message>
    <message>
        <source>“{words}” is told as past or general (“{cue}”)</source>
        <translation>“{words}” is told as past or general (“{cue}”)</translation>
    </message>
    <message>
        <source>“{words}” describes the emergency</source>
        <translation>“{words}” describes the emergency</translation>
    </message>
    <message>
        <source>“{negator}” cancels “{words}”</source>
        <translation>“{negator}” cancels “{words}”</translation>
    </message>
    <message>
        <source>“{words}” is only a guess or hearsay</source>
        <translation>“{words}” is only a guess or hearsay</translation>
    </message>
    <message>
        <source>{words} (learned from examples)</source>
        <translation>{words} (learned from examples)</translation>
    </message>
    <message>
        <source>“{words}” no longer counts as {label}: you corrected it</source>
        <translation>“{words}” no longer counts as {label}: you corrected it</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>your correction</translation>
    </message>
    <message>
        <source>like a message you corrected: “{text}”</source>
        <translation>like a message you corrected: “{text}”</translation>
    </message>
    <message>
        <source>{label}: {words}</source>
        <translation>{label}: {words}</translation>
    </message>
    <message>
        <source>not {label}: {words}</source>
        <translation>not {label}: {words}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>say which action a recorded voice command asks for, without running it</source>
        <translation>say which action a recorded voice command asks for, without running it</translation>
    </message>
    <message>
        <source>recognition engine (default: the one in Settings)</source>
        <translation>recognition engine (default: the one in Settings)</translation>
    </message>
    <message>
        <source>language spoken (default: the one in Settings)</source>
        <translation>language spoken (default: the one in Settings)</translation>
    </message>
    <message>
        <source>the page he is on, for commands that belong to a page (default: compose)</source>
        <translation>the page he is on, for commands that belong to a page (default: compose)</translation>
    </message>
    <message>
        <source>print an object with “heard”, “action” and “arguments”</source>
        <translation>print an object with “heard”, “action” and “arguments”</translation>
    </message>
    <message>
        <source>the recording: WAV, AIFF or FLAC</source>
        <translation>the recording: WAV, AIFF or FLAC</translation>
    </message>
    <message>
        <source>Heard: {heard}</source>
        <translation>Heard: {heard}</translation>
    </message>
    <message>
        <source>Understood: “{command}”. Say “ya” to go ahead or “tidak” to stop, or press Enter or Escape.</source>
        <translation>Understood: “{command}”. Say “ya” to go ahead or “tidak” to stop, or press Enter or Escape.</translation>
    </message>
    <message>
        <source>Understood: “{command}”.</source>
        <translation>Understood: “{command}”.</translation>
    </message>
    <message>
        <source>Nothing was heard. Nothing was done.</source>
        <translation>Nothing was heard. Nothing was done.</translation>
    </message>
    <message>
        <source>“{heard}” is not a command. Nothing was done. “Find an action” (Ctrl+K) lists what you can say.</source>
        <translation>“{heard}” is not a command. Nothing was done. “Find an action” (Ctrl+K) lists what you can say.</translation>
    </message>
    <message>
        <source>“{command}”: when? {problem}</source>
        <translation>“{command}”: when? {problem}</translation>
    </message>
    <message>
        <source>“{command}”: which account? Say its name or its platform, for example “{example}”.</source>
        <translation>“{command}”: which account? Say its name or its platform, for example “{example}”.</translation>
    </message>
    <message>
        <source>Did you mean “{first}”? Say “ya” or “tidak”.</source>
        <translation>Did you mean “{first}”? Say “ya” or “tidak”.</translation>
    </message>
    <message>
        <source>Did you mean “{first}” or “{second}”? Say the one you meant.</source>
        <translation>Did you mean “{first}” or “{second}”? Say the one you meant.</translation>
    </message>
    <message>
        <source>Say the command.</source>
        <translation>Say the command.</translation>
    </message>
    <message>
        <source>Say “ya” or “tidak”, or press Enter or Escape.</source>
        <translation>Say “ya” or “tidak”, or press Enter or Escape.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nothing was done.</translation>
    </message>
    <message>
        <source>Stopped: “{command}” was not done.</source>
        <translation>Stopped: “{command}” was not done.</translation>
    </message>
    <message>
        <source>“{command}” cannot be done now.</source>
        <translation>“{command}” cannot be done now.</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>saved searches for the hospital&apos;s name or a hashtag (brand watch)</source>
        <translation>saved searches for the hospital&apos;s name or a hashtag (brand watch)</translation>
    </message>
    <message>
        <source>watch for a name, some words or a #hashtag on an account</source>
        <translation>watch for a name, some words or a #hashtag on an account</translation>
    </message>
    <message>
        <source>list the saved searches</source>
        <translation>list the saved searches</translation>
    </message>
    <message>
        <source>forget a saved search (its id from humasdesk watch list)</source>
        <translation>forget a saved search (its id from humasdesk watch list)</translation>
    </message>
    <message>
        <source>No saved searches. Add one with: humasdesk watch add ACCOUNT QUERY</source>
        <translation>No saved searches. Add one with: humasdesk watch add ACCOUNT QUERY</translation>
    </message>
    <message>
        <source>There is no saved search {id}.</source>
        <translation>There is no saved search {id}.</translation>
    </message>
    <message>
        <source>{account} no longer watches for “{query}”.</source>
        <translation>{account} no longer watches for “{query}”.</translation>
    </message>
    <message>
        <source>{platform} does not let HumasDesk search its posts, so {account} cannot watch for a name or a hashtag. Bluesky, Mastodon and Threads accounts can.</source>
        <translation>{platform} does not let HumasDesk search its posts, so {account} cannot watch for a name or a hashtag. Bluesky, Mastodon and Threads accounts can.</translation>
    </message>
    <message>
        <source>Type what to watch for: the hospital&apos;s name, a few words or a #hashtag.</source>
        <translation>Type what to watch for: the hospital&apos;s name, a few words or a #hashtag.</translation>
    </message>
    <message>
        <source>A saved search is at most {limit} characters long.</source>
        <translation>A saved search is at most {limit} characters long.</translation>
    </message>
    <message>
        <source>{account} already watches for “{query}”.</source>
        <translation>{account} already watches for “{query}”.</translation>
    </message>
    <message>
        <source>{account} now watches for “{query}”, every {minutes} minutes; new posts appear in the inbox under “Mentions of the hospital”.</source>
        <translation>{account} now watches for “{query}”, every {minutes} minutes; new posts appear in the inbox under “Mentions of the hospital”.</translation>
    </message>
    <message>
        <source>Threads allows 2,200 keyword searches in 24 hours for the whole app, so each saved search on Threads runs only every {minutes} minutes.</source>
        <translation>Threads allows 2,200 keyword searches in 24 hours for the whole app, so each saved search on Threads runs only every {minutes} minutes.</translation>
    </message>
    <message>
        <source>Mastodon servers search words only where they run a search engine; a #hashtag always works.</source>
        <translation>Mastodon servers search words only where they run a search engine; a #hashtag always works.</translation>
    </message>
    <message>
        <source>{account} needs to be reconnected; its saved searches do not run until then. {reason}</source>
        <translation>{account} needs to be reconnected; its saved searches do not run until then. {reason}</translation>
    </message>
    <message>
        <source>The search for “{query}” on {account} did not run: {reason} It runs again at {time}.</source>
        <translation>The search for “{query}” on {account} did not run: {reason} It runs again at {time}.</translation>
    </message>
    <message>
        <source>Saved searc&amp;hes…</source>
        <translation>Saved searc&amp;hes…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>the saved searches</source>
        <translation>the saved searches</translation>
    </message>
    <message>
        <source>HumasDesk searches for these words and shows new posts in the inbox under “Mentions of the hospital”.</source>
        <translation>HumasDesk searches for these words and shows new posts in the inbox under “Mentions of the hospital”.</translation>
    </message>
    <message>
        <source>&amp;Saved searches:</source>
        <translation>&amp;Saved searches:</translation>
    </message>
    <message>
        <source>Delete removes the chosen search.</source>
        <translation>Delete removes the chosen search.</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>&amp;Watch for:</source>
        <translation>&amp;Watch for:</translation>
    </message>
    <message>
        <source>The hospital&apos;s name, a few words or a #hashtag. Enter adds it.</source>
        <translation>The hospital&apos;s name, a few words or a #hashtag. Enter adds it.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>None of your accounts can search. Connect a Bluesky, Mastodon or Threads account first.</source>
        <translation>None of your accounts can search. Connect a Bluesky, Mastodon or Threads account first.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>the welcome</source>
        <translation>the welcome</translation>
    </message>
    <message>
        <source>Welcome to HumasDesk</source>
        <translation>Welcome to HumasDesk</translation>
    </message>
    <message>
        <source>Choose how HumasDesk looks and sounds; you can change each choice later in Settings. Tab moves between them; Down arrow opens a list and Enter picks from it; Space ticks a box; Enter starts.</source>
        <translation>Choose how HumasDesk looks and sounds; you can change each choice later in Settings. Tab moves between them; Down arrow opens a list and Enter picks from it; Space ticks a box; Enter starts.</translation>
    </message>
    <message>
        <source>A screen reader is running, so HumasDesk leaves its messages to it: “Speak messages aloud” is off. Turn it on to hear them in HumasDesk’s own voice as well.</source>
        <translation>A screen reader is running, so HumasDesk leaves its messages to it: “Speak messages aloud” is off. Turn it on to hear them in HumasDesk’s own voice as well.</translation>
    </message>
    <message>
        <source>No screen reader is running, so HumasDesk reads its messages aloud in its own voice: “Speak messages aloud” is on. Turn it off to only see them.</source>
        <translation>No screen reader is running, so HumasDesk reads its messages aloud in its own voice: “Speak messages aloud” is on. Turn it off to only see them.</translation>
    </message>
    <message>
        <source>Start using HumasDesk</source>
        <translation>Start using HumasDesk</translation>
    </message>
    <message>
        <source>Ready. The cursor is in the post text.</source>
        <translation>Ready. The cursor is in the post text.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Scroll {what} up and down</source>
        <translation>Scroll {what} up and down</translation>
    </message>
    <message>
        <source>Scroll {what} sideways</source>
        <translation>Scroll {what} sideways</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>Type the address of the WordPress site, for example https://www.rsko.co.id.</source>
        <translation>Type the address of the WordPress site, for example https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address. Use one such as https://www.rsko.co.id.</source>
        <translation>“{url}” is not a web address. Use one such as https://www.rsko.co.id.</translation>
    </message>
    <message>
        <source>The site address must start with https://. Over plain http:// the application password would travel readable by anyone on the network, and WordPress refuses it too.</source>
        <translation>The site address must start with https://. Over plain http:// the application password would travel readable by anyone on the network, and WordPress refuses it too.</translation>
    </message>
    <message>
        <source>The answer has no text.</source>
        <translation>The answer has no text.</translation>
    </message>
    <message>
        <source>A comment can be approved, marked as spam or moved to the Trash.</source>
        <translation>A comment can be approved, marked as spam or moved to the Trash.</translation>
    </message>
    <message>
        <source>Type the WordPress user name.</source>
        <translation>Type the WordPress user name.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Paste the application password.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}, but this user may not publish posts. Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Signed in to {site} as {user}, but this user may not publish posts. Ask the site&apos;s administrator for the Author or Editor role.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}. This user may publish posts but not upload images.</source>
        <translation>Signed in to {site} as {user}. This user may publish posts but not upload images.</translation>
    </message>
    <message>
        <source>Signed in to {site} as {user}; may publish posts and upload images.</source>
        <translation>Signed in to {site} as {user}; may publish posts and upload images.</translation>
    </message>
    <message>
        <source>This post is already published on the site, so it cannot be cancelled. Remove it on the site if it should not be there.</source>
        <translation>This post is already published on the site, so it cannot be cancelled. Remove it on the site if it should not be there.</translation>
    </message>
    <message>
        <source>This post is already published on the site, so its time cannot be changed.</source>
        <translation>This post is already published on the site, so its time cannot be changed.</translation>
    </message>
    <message>
        <source>A WordPress post can be scheduled only at least {minutes} minutes ahead; {time} is too soon.</source>
        <translation>A WordPress post can be scheduled only at least {minutes} minutes ahead; {time} is too soon.</translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation>The post has no text.</translation>
    </message>
    <message>
        <source>HumasDesk sends at most {limit} images with one WordPress post.</source>
        <translation>HumasDesk sends at most {limit} images with one WordPress post.</translation>
    </message>
    <message>
        <source>“{name}” is not an image.</source>
        <translation>“{name}” is not an image.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be found.</source>
        <translation>The image “{name}” cannot be found.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>The image “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The site did not say where it keeps the uploaded image.</source>
        <translation>The site did not say where it keeps the uploaded image.</translation>
    </message>
    <message>
        <source>A website has no followers to count; its comments are counted per article.</source>
        <translation>A website has no followers to count; its comments are counted per article.</translation>
    </message>
    <message>
        <source>HumasDesk has no saved application password for this WordPress site. Connect it again on the Accounts page.</source>
        <translation>HumasDesk has no saved application password for this WordPress site. Connect it again on the Accounts page.</translation>
    </message>
    <message>
        <source>The site {site} did not accept the user “{user}” with this application password. It may have been revoked. Create a new one on your WordPress profile page (Users, Profile, Application Passwords) and reconnect the account.</source>
        <translation>The site {site} did not accept the user “{user}” with this application password. It may have been revoked. Create a new one on your WordPress profile page (Users, Profile, Application Passwords) and reconnect the account.</translation>
    </message>
    <message>
        <source>The site refused: {reason}. The user may lack the right role (Author or Editor publishes posts).</source>
        <translation>The site refused: {reason}. The user may lack the right role (Author or Editor publishes posts).</translation>
    </message>
    <message>
        <source>The site {site} had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>The site {site} had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>No WordPress REST API was found at {site}. Check the address, and that no security plugin turns the REST API off.</source>
        <translation>No WordPress REST API was found at {site}. Check the address, and that no security plugin turns the REST API off.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>the site</translation>
    </message>
</context>
<context>
    <name>X</name>
    <message>
        <source>Signed in to X as @{username}. {expiry}</source>
        <translation>Signed in to X as @{username}. {expiry}</translation>
    </message>
    <message>
        <source>The login renews itself.</source>
        <translation>The login renews itself.</translation>
    </message>
    <message>
        <source>The thread stopped at part {number} of {count}: {reason} The first parts are on X ({url}); post the rest by hand or delete them before sending again.</source>
        <translation>The thread stopped at part {number} of {count}: {reason} The first parts are on X ({url}); post the rest by hand or delete them before sending again.</translation>
    </message>
    <message>
        <source>X did not say which post it made. Check the account before sending again.</source>
        <translation>X did not say which post it made. Check the account before sending again.</translation>
    </message>
    <message>
        <source>Reading figures from X costs money on X&apos;s pay-per-use plan: about US${cost} a month for {posts} posts ({readings} readings per post at US${post_price} each, and the follower count once a day at US${user_price}), billed to the X developer account.</source>
        <translation>Reading figures from X costs money on X&apos;s pay-per-use plan: about US${cost} a month for {posts} posts ({readings} readings per post at US${post_price} each, and the follower count once a day at US${user_price}), billed to the X developer account.</translation>
    </message>
    <message>
        <source>Reading figures from X is off, because every read costs money. Turn it on for the account if the cost is worth it.</source>
        <translation>Reading figures from X is off, because every read costs money. Turn it on for the account if the cost is worth it.</translation>
    </message>
    <message>
        <source>Reading mentions on X costs about US$ {amount} a month at one read every {minutes} minutes, if each read brings one new mention (X bills US$ {price} for a mention and its author; a read that finds nothing is free).</source>
        <translation>Reading mentions on X costs about US$ {amount} a month at one read every {minutes} minutes, if each read brings one new mention (X bills US$ {price} for a mention and its author; a read that finds nothing is free).</translation>
    </message>
    <message>
        <source>Reading mentions on X is off, because X bills every post it returns. Turn it on in the account&apos;s settings if the cost is acceptable: {cost}</source>
        <translation>Reading mentions on X is off, because X bills every post it returns. Turn it on in the account&apos;s settings if the cost is acceptable: {cost}</translation>
    </message>
    <message>
        <source>X&apos;s answer had no figures for the post. HumasDesk will try again.</source>
        <translation>X&apos;s answer had no figures for the post. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>Part {number}: {problems}</source>
        <translation>Part {number}: {problems}</translation>
    </message>
    <message>
        <source>X takes at most {limit} images per post.</source>
        <translation>X takes at most {limit} images per post.</translation>
    </message>
    <message>
        <source>“{name}” is not a JPEG, PNG, GIF or WebP image.</source>
        <translation>“{name}” is not a JPEG, PNG, GIF or WebP image.</translation>
    </message>
    <message>
        <source>The image “{name}” cannot be read: {reason}</source>
        <translation>The image “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The image “{name}” is {size} MB; X takes at most 5 MB per image.</source>
        <translation>The image “{name}” is {size} MB; X takes at most 5 MB per image.</translation>
    </message>
    <message>
        <source>X did not accept the image. HumasDesk will try again.</source>
        <translation>X did not accept the image. HumasDesk will try again.</translation>
    </message>
    <message>
        <source>X no longer accepts HumasDesk&apos;s login for this account (it may have been revoked in X&apos;s settings, Connected apps). Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>X no longer accepts HumasDesk&apos;s login for this account (it may have been revoked in X&apos;s settings, Connected apps). Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>X does not accept HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</source>
        <translation>X does not accept HumasDesk&apos;s login for this account. Reconnect the account on the Accounts page; the post stays in the queue.</translation>
    </message>
    <message>
        <source>The X developer account has used up its plan&apos;s monthly posting allowance. It renews with the plan&apos;s next period, or upgrade the plan in the X developer portal.</source>
        <translation>The X developer account has used up its plan&apos;s monthly posting allowance. It renews with the plan&apos;s next period, or upgrade the plan in the X developer portal.</translation>
    </message>
    <message>
        <source>X refused because the developer account&apos;s plan has no credit left for this (X says: {reason}). Add credit or choose a paid plan in the X developer portal (Products, Billing); the post stays in the queue.</source>
        <translation>X refused because the developer account&apos;s plan has no credit left for this (X says: {reason}). Add credit or choose a paid plan in the X developer portal (Products, Billing); the post stays in the queue.</translation>
    </message>
    <message>
        <source>a higher access level</source>
        <translation>a higher access level</translation>
    </message>
    <message>
        <source>The X app&apos;s access level does not allow posting: it needs {needed}. In the X developer portal, attach the app to a project on a plan that includes posting (X says: {reason}).</source>
        <translation>The X app&apos;s access level does not allow posting: it needs {needed}. In the X developer portal, attach the app to a project on a plan that includes posting (X says: {reason}).</translation>
    </message>
    <message>
        <source>X does not accept this kind of login for posting. Reconnect the account on the Accounts page.</source>
        <translation>X does not accept this kind of login for posting. Reconnect the account on the Accounts page.</translation>
    </message>
    <message>
        <source>X had a problem (HTTP {status}). HumasDesk will try again.</source>
        <translation>X had a problem (HTTP {status}). HumasDesk will try again.</translation>
    </message>
    <message>
        <source>X answered without a token. Try again.</source>
        <translation>X answered without a token. Try again.</translation>
    </message>
    <message>
        <source>Type the Client ID of your X app (X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID).</source>
        <translation>Type the Client ID of your X app (X developer portal, your app, Keys and tokens, OAuth 2.0 Client ID).</translation>
    </message>
</context>
</TS>
