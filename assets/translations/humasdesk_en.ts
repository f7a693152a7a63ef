<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{command}: {problem} (see {command} --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text once: with --text TEXT, --file PATH, or - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone only makes sense with --at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “{name}”. Accounts: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {time} on {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HumasDesk: write, schedule and publish posts for every account, by keyboard, voice and screen reader. Without a command, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish now, or schedule with --at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account to publish to (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the text from a UTF-8 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the text from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule for this local time instead of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone of --at (default: the one in Settings, Asia/Jakarta = WIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list scheduled, published and failed posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>The login for this account has expired or was revoked. Reconnect the account on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asks us to slow down. HumasDesk will try again when it allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the post: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached. HumasDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while sending; it is not known whether the post went out. Check the account before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Local outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts are saved as files in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the post was not written to the outbox. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>The post is empty. Write some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is already past. Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “{name}” cannot publish now: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published to {account}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside HumasDesk while sending; check the account before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to {account}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full or cannot be written; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is busy in another HumasDesk window; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be opened for writing. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file reported an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was written by a newer HumasDesk; update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Unknown time zone: {zone}. Use a name like Asia/Jakarta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip it. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
