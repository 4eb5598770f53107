<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <source>Filter by name or status</source>
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
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
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
    <name>ChatView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Last message &amp;&amp; reactions</source>
        <translation>Ú&amp;ltima mensagem &amp;&amp; reações</translation>
    </message>
    <message>
        <source>&amp;CRM</source>
        <translation>&amp;CRM</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;tendentes</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>&amp;Origens de leads</translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation>JSON &amp;bruto</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>An unexpected error happened. The app keeps running; if it happens again, copy the details and send them to support.</source>
        <translation>Aconteceu um erro inesperado. O app continua funcionando; se acontecer de novo, copie os detalhes e envie ao suporte.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
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
        <source>★ primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bairro: {district}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
        <source>Copy the selected contact (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are personal data (LGPD): reveal them only when you need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected document (reveal it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM person linked to this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied document number</source>
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
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Trocar chave da API…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>An unexpected error happened. Copy the details and send them to support.</source>
        <translation>Aconteceu um erro inesperado. Copie os detalhes e envie ao suporte.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the chat is shown. Unreadable fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details copied to the clipboard</source>
        <translation>Detalhes copiados para a área de transferência</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
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
        <source>object (1 key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object ({count} keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array (1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array ({count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastMessagePanel</name>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90–180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent via:</source>
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
        <source>Quoted message:</source>
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
        <source>Raw content_payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no content_payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming from contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase {phase} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase {phase}</source>
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
    <message>
        <source>call (no details)</source>
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
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
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
        <source>No marketing lead source for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Paste the chat ID, a Wegly link or any text that contains the ID</source>
        <translation>Cole o ID do chat, um link da Wegly ou qualquer texto que contenha o ID</translation>
    </message>
    <message>
        <source>Chat ID</source>
        <translation>ID do chat</translation>
    </message>
    <message>
        <source>Paste the chat ID here and press Enter to look it up.</source>
        <translation>Cole aqui o ID do chat e aperte Enter para consultar.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Look up this chat (Enter)</source>
        <translation>Consultar este chat (Enter)</translation>
    </message>
    <message>
        <source>A chat ID looks like this: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f</source>
        <translation>Um ID de chat é assim: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f</translation>
    </message>
    <message>
        <source>That was an API key, not a chat ID. It was not sent anywhere and was cleared from the field.</source>
        <translation>Isso era uma chave da API, não um ID de chat. Ela não foi enviada a lugar nenhum e foi apagada do campo.</translation>
    </message>
    <message>
        <source>Chat ID: {id}</source>
        <translation>ID do chat: {id}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Look up a chat</source>
        <translation>Consultar um chat</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Paste the chat ID above: just the ID, a link from Wegly, or any text that contains one. Enter looks it up, F5 refreshes, Esc cancels.</source>
        <translation>Cole acima o ID do chat: só o ID, um link da Wegly ou qualquer texto que contenha o ID. Enter consulta, F5 atualiza, Esc cancela.</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>Informar chave da API…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Sample chats (demo)</source>
        <translation>Chats de exemplo (demonstração)</translation>
    </message>
    <message>
        <source>Sample chats</source>
        <translation>Chats de exemplo</translation>
    </message>
    <message>
        <source>Built-in sample data: choose one to look it up, no key needed.</source>
        <translation>Dados de exemplo do próprio app: escolha um para consultar, sem precisar de chave.</translation>
    </message>
    <message>
        <source>Recent chats</source>
        <translation>Chats recentes</translation>
    </message>
    <message>
        <source>The chats you looked up last: choose one to look it up again.</source>
        <translation>Os últimos chats que você consultou: escolha um para consultar de novo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this lookup (Esc)</source>
        <translation>Parar esta consulta (Esc)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Look up…</source>
        <translation>&amp;Consultar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Cl&amp;ear recent chats</source>
        <translation>&amp;Limpar chats recentes</translation>
    </message>
    <message>
        <source>&amp;Change API key…</source>
        <translation>&amp;Trocar chave da API…</translation>
    </message>
    <message>
        <source>&amp;Forget saved key…</source>
        <translation>&amp;Esquecer chave salva…</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Sobre o {app}</translation>
    </message>
    <message>
        <source>An API key was pasted into the chat ID field; it was cleared.</source>
        <translation>Uma chave da API foi colada no campo do ID do chat e foi apagada.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>{app}, version {version}</source>
        <translation>{app}, versão {version}</translation>
    </message>
    <message>
        <source>Shows a Wegly chat from its ID: the conversation, the customer, the agents and where the lead came from. It only reads: nothing is changed in Wegly.</source>
        <translation>Mostra um chat da Wegly pelo ID: a conversa, o cliente, os atendentes e a origem do lead. Só faz leitura: nada é alterado na Wegly.</translation>
    </message>
    <message>
        <source>Forget the saved API key?</source>
        <translation>Esquecer a chave da API salva?</translation>
    </message>
    <message>
        <source>The key is removed from this computer. To look up chats again you will need to paste it again (Wegly shows a key only once: keep a copy or create a new one).</source>
        <translation>A chave é apagada deste computador. Para consultar chats de novo, será preciso colá-la outra vez (a Wegly mostra a chave uma única vez: guarde uma cópia ou crie uma nova).</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Esquecer chave</translation>
    </message>
    <message>
        <source>Chat loaded ({time}).</source>
        <translation>Chat carregado ({time}).</translation>
    </message>
    <message>
        <source>Chat loaded.</source>
        <translation>Chat carregado.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Chave da &amp;API</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>{app} — demo</source>
        <translation>{app} — demonstração</translation>
    </message>
    <message>
        <source>No API key yet. Add your Wegly integration key to look up chats.</source>
        <translation>Ainda não há chave da API. Informe a chave de integração da Wegly para consultar chats.</translation>
    </message>
    <message>
        <source>Looking up chat {id}…</source>
        <translation>Consultando o chat {id}…</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Chat status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last customer message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp profile:</source>
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
        <source>Chat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread:</source>
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
        <source>WhatsApp line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked unread by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no customer message yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, closes in {duration}</source>
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
        <source>Closed since {time} ({relative}) — only templates can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last customer message + 24 h (no expiry sent by Wegly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry sent by Wegly</source>
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
        <source>Search keys and values</source>
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
        <source>Copy value</source>
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
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of 1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position} of {count} matches</source>
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
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Wegly Chat Viewer reads chats with an integration key (API key) of your Wegly account.

Create one in Wegly: Configurações → Integrações → Gerenciar chaves → Nova chave. Give it only the permission to read chats, and copy it: Wegly shows the whole key only once.

The key is kept only in your system&apos;s keyring, never in a file.</source>
        <translation>O Wegly Chat Viewer lê os chats com uma chave de integração (chave da API) da sua conta Wegly.

Crie uma na Wegly: Configurações → Integrações → Gerenciar chaves → Nova chave. Dê a ela só a permissão de ler chats e copie a chave: a Wegly mostra a chave inteira uma única vez.

A chave fica guardada só no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Only if the key was created with a Domínio in Wegly: type the same address here. Otherwise leave it empty.</source>
        <translation>Só se a chave foi criada com um Domínio na Wegly: digite aqui o mesmo endereço. Se não, deixe em branco.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Testando a chave…</translation>
    </message>
    <message>
        <source>The test failed with an unexpected error.</source>
        <translation>O teste falhou por um erro inesperado.</translation>
    </message>
    <message>
        <source>Could not save the key: {reason}. You can use it without saving: it stays in memory until the app closes.</source>
        <translation>Não foi possível salvar a chave: {reason}. Você pode usá-la sem salvar: ela fica só na memória até o app ser fechado.</translation>
    </message>
    <message>
        <source>Key saved: {location}. The app is already using it.</source>
        <translation>Chave salva: {location}. O app já está usando essa chave.</translation>
    </message>
    <message>
        <source>Wegly API key</source>
        <translation>Chave da API da Wegly</translation>
    </message>
    <message>
        <source>Paste the key (starts with eyJ…)</source>
        <translation>Cole a chave (começa com eyJ…)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave da API</translation>
    </message>
    <message>
        <source>The integration key from Wegly; hidden while you type.</source>
        <translation>A chave de integração da Wegly; fica oculta enquanto você digita.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar ou ocultar a chave</translation>
    </message>
    <message>
        <source>e.g. https://crm.example.com (optional)</source>
        <translation>ex.: https://crm.exemplo.com.br (opcional)</translation>
    </message>
    <message>
        <source>Allowed domain (Origin)</source>
        <translation>Domínio permitido (Origin)</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Chave da &amp;API</translation>
    </message>
    <message>
        <source>Allowed &amp;domain (Origin)</source>
        <translation>&amp;Domínio permitido (Origin)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation>&amp;Usar sem salvar</translation>
    </message>
    <message>
        <source>Keep the key in memory only, until the app closes</source>
        <translation>Manter a chave só na memória, até o app ser fechado</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>in memory, until the app closes</source>
        <translation>na memória, até o app ser fechado</translation>
    </message>
    <message>
        <source>Connected: Wegly accepted the key.</source>
        <translation>Conectado: a Wegly aceitou a chave.</translation>
    </message>
</context>
<context>
    <name>ViewerApp</name>
    <message>
        <source>Your settings could not be read and were reset to the defaults (the old file was kept as {backup}).</source>
        <translation>Não foi possível ler suas configurações, e elas voltaram ao padrão (o arquivo antigo foi guardado como {backup}).</translation>
    </message>
    <message>
        <source>Could not save the settings: {why}</source>
        <translation>Não foi possível salvar as configurações: {why}</translation>
    </message>
    <message>
        <source>open, reactions from the customer and agents</source>
        <translation>aberto, reações do cliente e dos atendentes</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>group chat</source>
        <translation>chat em grupo</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
    <message>
        <source>imported history</source>
        <translation>histórico importado</translation>
    </message>
    <message>
        <source>no CRM record, media not available yet</source>
        <translation>sem cadastro no CRM, mídia ainda indisponível</translation>
    </message>
    <message>
        <source>{reactions} reactions, {agents} agents</source>
        <translation>{reactions} reações, {agents} atendentes</translation>
    </message>
    <message>
        <source>some fields unreadable (partial data)</source>
        <translation>campos que não puderam ser lidos (dados parciais)</translation>
    </message>
    <message>
        <source>Error: key rejected</source>
        <translation>Erro: chave recusada</translation>
    </message>
    <message>
        <source>Error: key not allowed</source>
        <translation>Erro: chave sem permissão</translation>
    </message>
    <message>
        <source>Error: chat not found</source>
        <translation>Erro: chat não encontrado</translation>
    </message>
    <message>
        <source>Error: Wegly server failure</source>
        <translation>Erro: falha no servidor da Wegly</translation>
    </message>
    <message>
        <source>Error: Wegly server down</source>
        <translation>Erro: servidor fora do ar</translation>
    </message>
    <message>
        <source>Error: too many requests</source>
        <translation>Erro: muitas consultas seguidas</translation>
    </message>
    <message>
        <source>Error: invalid answer from the server</source>
        <translation>Erro: resposta inválida do servidor</translation>
    </message>
    <message>
        <source>Slow answer ({duration}): try Cancel</source>
        <translation>Resposta lenta ({duration}): teste o Cancelar</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({why}). Enter a key to use it without saving, until the app closes.</source>
        <translation>Não dá para usar o chaveiro do sistema ({why}). Informe uma chave para usá-la sem salvar, até o app ser fechado.</translation>
    </message>
    <message>
        <source>No API key saved: showing the demo. Add your key in the menu API key → Change API key…</source>
        <translation>Nenhuma chave da API salva: mostrando a demonstração. Adicione sua chave no menu Chave da API → Trocar chave da API…</translation>
    </message>
    <message>
        <source>No API key yet. Add your Wegly integration key to look up chats, or try the demo.</source>
        <translation>Ainda não há chave da API. Informe a chave de integração da Wegly para consultar chats, ou experimente a demonstração.</translation>
    </message>
    <message>
        <source>Demo: sample data, no key needed</source>
        <translation>Demonstração: dados de exemplo, sem chave</translation>
    </message>
    <message>
        <source>API key in use without saving, until the app closes.</source>
        <translation>Chave da API em uso sem salvar, até o app ser fechado.</translation>
    </message>
    <message>
        <source>API key saved: {location}.</source>
        <translation>Chave da API salva: {location}.</translation>
    </message>
    <message>
        <source>The saved API key was removed.</source>
        <translation>A chave da API salva foi apagada.</translation>
    </message>
    <message>
        <source>24-hour window closes in minutes</source>
        <translation>janela de 24 horas fecha em minutos</translation>
    </message>
    <message>
        <source>24-hour window closed</source>
        <translation>janela de 24 horas encerrada</translation>
    </message>
    <message>
        <source>snoozed, urgent, quoted message and call</source>
        <translation>adiado, urgente, mensagem citada e chamada</translation>
    </message>
    <message>
        <source>Profile {profile} · {url}</source>
        <translation>Perfil {profile} · {url}</translation>
    </message>
    <message>
        <source>Could not remove the key: {why}</source>
        <translation>Não foi possível apagar a chave: {why}</translation>
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
        <source>Chat not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Wegly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection.</source>
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
        <source>That looks like an API key (integration token), not a chat ID. It was not sent anywhere; keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// for a non-local server; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key configured. Set WEGLY_TOKEN or save a key in Wegly Chat Viewer (Wegly: Configurações → Integrações → Gerenciar chaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API key contains characters that cannot be sent (line breaks or accents); paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP {status}). It may be expired or revoked, lack the permission to read chats, or be restricted to a domain (allowed_domain): then set the matching Origin for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat not found. Check the ID, or whether the key belongs to the chat&apos;s company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time ({attempts} attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host}. Check the internet connection or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wegly server failed (HTTP {status}) after {attempts} attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; Wegly asks to wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than {limit_mb} MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a chat object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no chat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a different chat than the one requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host ({host}); the request was not followed so the key stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>time</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} {hours} h</source>
        <translation>{days} {hours} h</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>em {duration}</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>há {duration}</translation>
    </message>
    <message>
        <source>unknown (no customer message yet)</source>
        <translation>desconhecida (o cliente ainda não mandou mensagem)</translation>
    </message>
    <message>
        <source>open, closes in {duration}</source>
        <translation>aberta, fecha em {duration}</translation>
    </message>
    <message>
        <source>closed {duration} ago (templates only)</source>
        <translation>encerrada há {duration} (só modelos)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({age})</source>
        <translation>{date} ({age})</translation>
    </message>
</context>
</TS>
