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
        <source>Co&amp;nversation</source>
        <translation>Co&amp;nversa</translation>
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
    <name>Conversation</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Reproduzida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Chamada feita</translation>
    </message>
    <message>
        <source>Event without a type</source>
        <translation>Evento sem tipo</translation>
    </message>
    <message>
        <source>Event {type}</source>
        <translation>Evento {type}</translation>
    </message>
    <message>
        <source>File without a name</source>
        <translation>Arquivo sem nome</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconhecido</translation>
    </message>
    <message>
        <source>{type} · not available yet</source>
        <translation>{type} · ainda não disponível</translation>
    </message>
    <message>
        <source>Imported from WhatsApp history</source>
        <translation>Importada do histórico do WhatsApp</translation>
    </message>
    <message>
        <source>(text cut: too long to show)</source>
        <translation>(texto cortado: longo demais para mostrar)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>uma mensagem</translation>
    </message>
    <message>
        <source>replying to {sender}: {text}</source>
        <translation>respondendo a {sender}: {text}</translation>
    </message>
    <message>
        <source>Reactions: {list}</source>
        <translation>Reações: {list}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconhecida</translation>
    </message>
    <message>
        <source>(reply to: {text}) {body}</source>
        <translation>(resposta a: {text}) {body}</translation>
    </message>
    <message>
        <source>Load &amp;earlier</source>
        <translation>Carre&amp;gar anteriores</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search in the conversation (Ctrl+F)</source>
        <translation>Buscar na conversa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Copy conversa&amp;tion</source>
        <translation>Co&amp;piar conversa</translation>
    </message>
    <message>
        <source>Search in the conversation</source>
        <translation>Buscar na conversa</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Fechar busca</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>See every reaction</source>
        <translation>Ver todas as reações</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Carregando a conversa…</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
    <message>
        <source>No messages in this conversation yet.</source>
        <translation>Ainda não há mensagens nesta conversa.</translation>
    </message>
    <message>
        <source>Something went wrong while loading the conversation.</source>
        <translation>Algo deu errado ao carregar a conversa.</translation>
    </message>
    <message>
        <source>Could not load earlier messages. {reason}</source>
        <translation>Não foi possível carregar as mensagens anteriores. {reason}</translation>
    </message>
    <message>
        <source>The conversation could not be loaded. {reason}</source>
        <translation>Não foi possível carregar a conversa. {reason}</translation>
    </message>
    <message>
        <source>No chat on screen.</source>
        <translation>Nenhum chat na tela.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln message(s)</source>
        <translation>
            <numerusform>{shown} de %Ln mensagem</numerusform>
            <numerusform>{shown} de %Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier messages are not available: the server sent the same messages again.</source>
        <translation>As mensagens anteriores não estão disponíveis: o servidor mandou as mesmas mensagens de novo.</translation>
    </message>
    <message>
        <source>Parts of the conversation could not be read; the rest is shown.</source>
        <translation>Partes da conversa não puderam ser lidas; o resto está na tela.</translation>
    </message>
    <message numerus="yes">
        <source>Only the latest %Ln message(s) are kept.</source>
        <translation>
            <numerusform>Só a última %Ln mensagem fica guardada.</numerusform>
            <numerusform>Só as últimas %Ln mensagens ficam guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quoted message is not in the messages loaded.</source>
        <translation>A mensagem respondida não está entre as mensagens carregadas.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} de {count}</translation>
    </message>
    <message>
        <source>Conversation copied (documents masked).</source>
        <translation>Conversa copiada (documentos mascarados).</translation>
    </message>
    <message>
        <source>Quoted message</source>
        <translation>Mensagem respondida</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>Click to go to the quoted message</source>
        <translation>Clique para ir até a mensagem respondida</translation>
    </message>
    <message>
        <source>Click to open {url}</source>
        <translation>Clique para abrir {url}</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">(sem texto)</translation>
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
        <source>Paste a chat ID, a Wegly link or any text containing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat ID looks like 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat ID: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was an API key, not a chat ID. It was not sent anywhere and was cleared.</source>
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
        <source>Paste a chat ID above: a bare ID, a link from the Wegly web app, or a log line that contains one. Press Enter to look it up, F5 to refresh, Esc to cancel.</source>
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
        <source>Recent chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <source>Clear &amp;recent chats</source>
        <translation>&amp;Limpar chats recentes</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Chave da &amp;API</translation>
    </message>
    <message>
        <source>&amp;Set or replace key…</source>
        <translation>&amp;Definir ou trocar chave…</translation>
    </message>
    <message>
        <source>&amp;Forget stored key</source>
        <translation>&amp;Esquecer chave salva</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
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
        <source>An API key was pasted into the chat field; it was cleared.</source>
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
        <source>Loaded.</source>
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
        <translation type="unfinished">Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Próxima</translation>
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

Create one in Wegly: Configurações → Integrações → Gerenciar chaves → Nova chave. Give it only the permission to read chats (least privilege) and copy it: Wegly shows the full key only once.

If you fill in a Domínio (allowed domain) for the key, enter the same address under Origin below, or leave Domínio empty.

The key is stored only in your system&apos;s keyring, never in a file.</source>
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
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for keys with a Domínio, e.g. https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Wegly accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the key: {reason}. You can use it for this session only; it will not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
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
        <source>open, reactions from contact and staff</source>
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
        <source>history import</source>
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
        <source>no CRM person, media not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10,000 reactions, 3,000 agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed, urgent, quoted message and call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed fields (partial data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({why}). Enter a key for this session, or set WEGLY_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key stored: showing demo data. Add your key under API key → Set key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet. Add your Wegly integration key to look up chats, or try the built-in demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error demo: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data · {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {profile} · {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key saved in the {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the key: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API key was removed.</source>
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
