<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the assigned agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the agents whose name or status contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID: {agent_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignable agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({shown} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent matches the filter “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Long text: only the first {count} characters are shown. The whole text is in the Raw JSON tab (select the field, then Copy value).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last message &amp;&amp; reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tab “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service summary copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} · not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from WhatsApp history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text cut: too long to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replying to {sender}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reply to: {text}) {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the conversation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy conversa&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this conversation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while loading the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load earlier messages. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be loaded. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln message(s)</source>
        <translation>
            <numerusform>{shown} of %Ln message</numerusform>
            <numerusform>{shown} of %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier messages are not available: the server sent the same messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the conversation could not be read; the rest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the latest %Ln message(s) are kept.</source>
        <translation>
            <numerusform>Only the latest %Ln message is kept.</numerusform>
            <numerusform>Only the latest %Ln messages are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quoted message is not in the messages loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation copied (documents masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the quoted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. The app keeps running; if it happens again, copy the details and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmPanel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: {district}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP {postal_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat looked up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected contact (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are personal data (LGPD): show them only when you need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected document&apos;s number (show the documents first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected document&apos;s number without dots and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the address, one line per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat has no CRM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers stay hidden until you show the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number copied (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. Copy the details and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat looked up: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the chat could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is shown. What is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>group (%Ln field(s))</source>
        <translation>
            <numerusform>group (%Ln field)</numerusform>
            <numerusform>group (%Ln fields)</numerusform>
        </translation>
    </message>
    <message>
        <source>list (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>list (%Ln item(s))</source>
        <translation>
            <numerusform>list (%Ln item)</numerusform>
            <numerusform>list (%Ln items)</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastMessagePanel</name>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 90 days before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 to 180 days before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{emoji} %Ln time(s)</source>
        <translation>
            <numerusform>{emoji} %Ln time</numerusform>
            <numerusform>{emoji} %Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ({direction})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat has no messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s content exactly as Wegly sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no technical details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions by emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the reactions by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {order} of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every reaction, %Ln in all</source>
        <translation>
            <numerusform>Every reaction, %Ln in all</numerusform>
            <numerusform>Every reaction, %Ln in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>No reaction matches this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from WhatsApp history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSourcesPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, source {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat has no lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat looked up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Paste the chat ID, a Wegly link or any text that contains the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the chat ID here and press Enter to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up this chat (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat ID looks like this: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was an API key, not a chat ID. It was not sent anywhere and was cleared from the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Look up a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start page: sample and recent chats (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the chat ID above: just the ID, a link from Wegly, or any text that contains one. Enter looks it up, F5 refreshes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample chats (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sample data: choose one to look it up, no key needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chats you looked up last: choose one to look it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this chat as the current one again and hide the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this lookup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy service summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear recent chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget saved key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key was pasted into the chat ID field; it was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat to summarize yet: look one up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a Wegly chat from its ID: the conversation, the customer, the agents and where the lead came from. It only reads: nothing is changed in Wegly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is removed from this computer. To look up chats again you will need to paste it again (Wegly shows a key only once: keep a copy or create a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at {time} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {elapsed} · attempt {attempt} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly was slow or busy, so the app is asking again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the previous chat: {name}. The lookup of chat {id} did not work: nothing below is about that chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the previous chat: {name}. Looking up chat {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat loaded ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again by itself in {time}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet. Add your Wegly integration key to look up chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up chat {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup cancelled. Back to the chat of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>No unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln unread message</numerusform>
            <numerusform>%Ln unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>marked unread by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({marked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s last message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number as sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s last message + 24 h (Wegly sent no end time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time sent by Wegly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat is open: it is in the queue of chats being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was snoozed: an agent put it aside for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat was resolved: the conversation was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the chat is with one person or with a WhatsApp group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority given to this chat in Wegly&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the 24-hour window is open, agents can send any message; once it has closed, only approved templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the customer&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the assigned agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number copied (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat was archived in Wegly on {time}: it is out of the list of chats being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, on {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonPanel</name>
    <message>
        <source>Search fields and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next result (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected part, or the whole response, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are personal data (LGPD): show them only when you need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly&apos;s response, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{position} of %Ln result(s)</source>
        <translation>
            <numerusform>{position} of %Ln result</numerusform>
            <numerusform>{position} of %Ln results</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionsTableModel</name>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “{place}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the list or table that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value that has the focus (Tab moves to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tabs of a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Wegly Chat Viewer reads chats with an integration key (API key) of your Wegly account.

Create one in Wegly: Configurações → Integrações → Gerenciar chaves → Nova chave. Give it only the permission to read chats, and copy it: Wegly shows the whole key only once.

The key is kept only in your system&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the key was created with a Domínio in Wegly: type the same address here. Otherwise leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed with an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the key: {reason}. You can use it without saving: it stays in memory until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved: {location}. The app is already using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a chat ID, not a key. A Wegly integration key is much longer and starts with eyJ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key (starts with eyJ…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration key from Wegly; hidden while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed domain (Origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;domain (Origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in memory only, until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what looks like a chat ID as the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a chat ID, not a key. Look up chats in the main window; the key comes from Wegly: Configurações → Integrações → Gerenciar chaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a key that failed the test?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last test of this key said: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory, until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Wegly accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerApp</name>
    <message>
        <source>Your settings could not be read and were reset to the defaults (the old file was kept as {backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, reactions from the customer and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRM record, media not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reactions} reactions, {agents} agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some fields unreadable (partial data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: key not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: chat not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: Wegly server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: Wegly server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: invalid answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow answer ({duration}): try Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({why}). Enter a key to use it without saving, until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key saved: showing the demo. Add your key in the menu API key → Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet. Add your Wegly integration key to look up chats, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: sample data, no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in use without saving, until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key saved: {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the saved API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window closes in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed, urgent, quoted message and call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {profile} · {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the key: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>command line</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown arguments: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: not a number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: invalid value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is ambiguous: it could be {matches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: {problem} (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Wegly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like an API key, not a chat ID. It was not sent anywhere; keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid; it should look like https://api.wegly.com.br.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key saved. Create one in Wegly (Configurações → Integrações → Gerenciar chaves) and save it in Wegly Chat Viewer, or set WEGLY_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly refused the API key (error {status}): it has expired, was revoked or was copied wrong. Create a new key in Wegly (Configurações → Integrações → Gerenciar chaves) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly knows the API key but does not allow it here (error {status}): the key is restricted to an allowed domain, or has no permission to read chats. If the key has an allowed domain, enter that domain under &quot;Change API key…&quot; → &quot;Allowed domain&quot; (wegly-lookup: --origin); otherwise ask for a key that may read chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No connection: Wegly did not answer in time (%n attempt(s)). Check the internet connection and try again.</source>
        <translation>
            <numerusform>No connection: Wegly did not answer in time (%n attempt). Check the internet connection and try again.</numerusform>
            <numerusform>No connection: Wegly did not answer in time (%n attempts). Check the internet connection and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to {host}. Check the internet connection or the proxy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be checked, so nothing was sent. A company network may need its certificate installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired or is not valid yet, so nothing was sent. Check that this computer&apos;s date and time are right; if they are, the problem is on the server&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate that answered is not the one of {host}, so nothing was sent. Check the server address; a company network or a Wi-Fi login page may be answering in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of {host} comes from an authority this computer does not trust, so nothing was sent. If the company network inspects connections, ask IT for its certificate file and set the SSL_CERT_FILE variable to that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra certificate file {path} could not be read (it is missing or is not a certificate file). Check the SSL_CERT_FILE variable or the profile&apos;s certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address in HTTPS_PROXY, HTTP_PROXY or ALL_PROXY is not valid; correct or remove the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed domain is not valid; it should look like https://crm.example.com.br.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting time must be a number of seconds above 0 and at most 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wegly was reached but failed to answer (error {status}, %n attempt(s)). The problem is on Wegly&apos;s side; try again in a few minutes.</source>
        <translation>
            <numerusform>Wegly was reached but failed to answer (error {status}, %n attempt). The problem is on Wegly's side; try again in a few minutes.</numerusform>
            <numerusform>Wegly was reached but failed to answer (error {status}, %n attempts). The problem is on Wegly's side; try again in a few minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (error {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests in a row; Wegly asks to wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests in a row; wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than {limit_mb} MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too large and was refused: unpacked, it would be hundreds of times larger than what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is damaged: it could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is packed in a format this app does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than {depth} levels inside one another and was not read (it is broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a different chat than the one asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request on to another address ({host}); it was not followed, so the key stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request on to an address that is not valid; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request on to other addresses too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a chat ID or a link that contains one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat ID found. A chat ID looks like 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains several different chat IDs; paste only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; set WEGLY_TOKEN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API key contains characters that cannot be sent (line breaks or accents); paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat not found. Check the ID, or whether the key belongs to the chat&apos;s company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is broken or incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no chat ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>system keyring ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory, for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring failed ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring did not answer within {duration} (is it locked?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln unread message</numerusform>
            <numerusform>%Ln unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>(marked unread by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History import: phase {phase}, {progress}% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no CRM record linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignable agents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>time</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no customer message yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, closes in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {duration} ago (templates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>The chat could not be read; only its raw data is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat ID could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp ID could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp profile name could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s number could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat type could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of unread messages could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the chat was marked unread could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archiving date could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assigned agent could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the customer&apos;s last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the 24-hour window could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation date of the chat could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the chat&apos;s last change could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reactions to the last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction {n} to the last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media of the last message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the CRM record could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the CRM could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM notes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM documents could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM document {n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM contacts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact {n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignable agents could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignable agent {n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead sources could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source {n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the chat could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wegly-lookup</name>
    <message>
        <source>Look up a Wegly chat by its ID (or a link or text that contains it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key comes from WEGLY_TOKEN, else from the system keyring (the profile&apos;s key,
saved by Wegly Chat Viewer).

Exit codes:
  0  chat shown
  2  invalid input or command line (nothing was sent)
  3  API key rejected or not allowed
  4  chat not found
  5  no connection, or Wegly server error
  6  invalid answer from the server
  7  too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat ID, or a link or text that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the texts (default: the saved one, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the chat as received (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly server address (default: the profile&apos;s, else {url})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allowed domain, for keys restricted to one (default: the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait per attempt (default: the profile&apos;s, else {seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which saved profile (server, key and domain) to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the built-in demo server (no key needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wegly-viewer</name>
    <message>
        <source>CHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat ID, or a link or text that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the built-in demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demo server when no API key is saved (what ./run does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegly server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which saved profile (server, key and domain) to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colours: system, light or dark; kept for the next start (default: the saved one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the texts (default: the saved one, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation (Qt plugins, keyring, TLS, fonts, a demo lookup) and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
