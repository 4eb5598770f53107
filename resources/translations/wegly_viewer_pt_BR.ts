<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>Atendente responsável</translation>
    </message>
    <message>
        <source>Photo of the assigned agent</source>
        <translation>Foto do atendente responsável</translation>
    </message>
    <message>
        <source>Filter by name or status</source>
        <translation>Filtrar por nome ou situação</translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation>Filtrar atendentes</translation>
    </message>
    <message>
        <source>Shows only the agents whose name or status contains the text</source>
        <translation>Mostra só os atendentes cujo nome ou situação contém o texto</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Limpar filtro</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Sem atendente</translation>
    </message>
    <message>
        <source>Agent ID: {agent_id}</source>
        <translation>ID do atendente: {agent_id}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Assignable agents</source>
        <translation>Atendentes que podem assumir o chat</translation>
    </message>
    <message>
        <source>{title} ({shown} of {total})</source>
        <translation>{title} ({shown} de {total})</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>No agent matches the filter “{text}”.</source>
        <translation>Nenhum atendente corresponde ao filtro “{text}”.</translation>
    </message>
</context>
<context>
    <name>AgentsTableModel</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>ID do atendente</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID do usuário</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Long text: only the first {count} characters are shown. The whole text is in the Raw JSON tab (select the field, then Copy value).</source>
        <translation>Texto longo: só os primeiros {count} caracteres aparecem aqui. O texto completo está na aba Dados técnicos (JSON): selecione o campo e use Copiar valor.</translation>
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
        <source>CR&amp;M</source>
        <translation>CR&amp;M</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;tendentes</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>&amp;Origens do lead</translation>
    </message>
    <message>
        <source>&amp;Raw JSON</source>
        <translation>&amp;Dados técnicos (JSON)</translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>Detalhes do chat</translation>
    </message>
    <message>
        <source>Show the tab “{title}”</source>
        <translation>Mostrar a aba “{title}”</translation>
    </message>
    <message>
        <source>Service summary copied</source>
        <translation>Resumo do atendimento copiado</translation>
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
        <source>Next match</source>
        <translation>Próximo resultado</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Resultado anterior</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>★ main</source>
        <translation>★ principal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>District: {district}</source>
        <translation>Bairro: {district}</translation>
    </message>
    <message>
        <source>CEP {postal_code}</source>
        <translation>CEP {postal_code}</translation>
    </message>
    <message>
        <source>No chat looked up yet</source>
        <translation>Nenhum chat consultado ainda</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>Cadastro no CRM</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Data de nascimento:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <source>Copies the selected contact (or double-click it)</source>
        <translation>Copia o contato selecionado (ou dê um clique duplo nele)</translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation>Mostrar documentos</translation>
    </message>
    <message>
        <source>Documents are personal data (LGPD): show them only when you need them</source>
        <translation>Documentos são dados pessoais (LGPD): mostre só quando precisar</translation>
    </message>
    <message>
        <source>Copies the selected document&apos;s number (show the documents first)</source>
        <translation>Copia o número do documento selecionado (mostre os documentos antes)</translation>
    </message>
    <message>
        <source>Copy digits only</source>
        <translation>Copiar só os números</translation>
    </message>
    <message>
        <source>Copies the selected document&apos;s number without dots and dashes</source>
        <translation>Copia o número do documento selecionado sem pontos e traços</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar endereço</translation>
    </message>
    <message>
        <source>Copies the address, one line per part</source>
        <translation>Copia o endereço, uma linha por parte</translation>
    </message>
    <message>
        <source>This chat has no CRM record</source>
        <translation>Este chat não tem cadastro no CRM</translation>
    </message>
    <message>
        <source>Phone number copied</source>
        <translation>Telefone copiado</translation>
    </message>
    <message>
        <source>E-mail address copied</source>
        <translation>E-mail copiado</translation>
    </message>
    <message>
        <source>Contact copied</source>
        <translation>Contato copiado</translation>
    </message>
    <message>
        <source>Document number copied</source>
        <translation>Número do documento copiado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Nenhum contato</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Copiar contato</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Numbers stay hidden until you show the documents</source>
        <translation>Os números ficam ocultos até você mostrar os documentos</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Nenhum documento</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Document number copied (digits only)</source>
        <translation>Número do documento copiado (só os números)</translation>
    </message>
    <message>
        <source>Address copied</source>
        <translation>Endereço copiado</translation>
    </message>
    <message>
        <source>Hide documents</source>
        <translation>Ocultar documentos</translation>
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
        <source>Chat looked up: {id}</source>
        <translation>Chat procurado: {id}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the chat could not be read</source>
        <translation>Parte do chat não pôde ser lida</translation>
    </message>
    <message>
        <source>Everything else is shown. What is missing:</source>
        <translation>O resto do chat está na tela. O que faltou:</translation>
    </message>
    <message>
        <source>Details copied to the clipboard</source>
        <translation>Detalhes copiados para a área de transferência</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>group (empty)</source>
        <translation>grupo (vazio)</translation>
    </message>
    <message numerus="yes">
        <source>group (%Ln field(s))</source>
        <translation>
            <numerusform>grupo (%Ln campo)</numerusform>
            <numerusform>grupo (%Ln campos)</numerusform>
        </translation>
    </message>
    <message>
        <source>list (empty)</source>
        <translation>lista (vazia)</translation>
    </message>
    <message numerus="yes">
        <source>list (%Ln item(s))</source>
        <translation>
            <numerusform>lista (%Ln item)</numerusform>
            <numerusform>lista (%Ln itens)</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sim/não</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vazio (null)</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
</context>
<context>
    <name>LastMessagePanel</name>
    <message>
        <source>Last message</source>
        <translation>Última mensagem</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direção:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Data e hora:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Mídia:</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Chamada:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reações</translation>
    </message>
    <message>
        <source>No reactions</source>
        <translation>Nenhuma reação</translation>
    </message>
    <message>
        <source>last day before connecting</source>
        <translation>último dia antes da conexão</translation>
    </message>
    <message>
        <source>1 to 90 days before connecting</source>
        <translation>1 a 90 dias antes da conexão</translation>
    </message>
    <message>
        <source>90 to 180 days before connecting</source>
        <translation>90 a 180 dias antes da conexão</translation>
    </message>
    <message numerus="yes">
        <source>{emoji} %Ln time(s)</source>
        <translation>
            <numerusform>{emoji} %Ln vez</numerusform>
            <numerusform>{emoji} %Ln vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
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
        <source>Call ({direction})</source>
        <translation>Chamada ({direction})</translation>
    </message>
    <message>
        <source>This chat has no messages yet</source>
        <translation>Este chat ainda não tem mensagens</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Enviada por:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Em resposta a:</translation>
    </message>
    <message>
        <source>Text of the last message</source>
        <translation>Texto da última mensagem</translation>
    </message>
    <message>
        <source>Technical details (JSON)</source>
        <translation>Detalhes técnicos (JSON)</translation>
    </message>
    <message>
        <source>The message&apos;s content exactly as Wegly sent it</source>
        <translation>O conteúdo da mensagem exatamente como a Wegly enviou</translation>
    </message>
    <message>
        <source>(no technical details)</source>
        <translation>(sem detalhes técnicos)</translation>
    </message>
    <message>
        <source>Reactions by emoji</source>
        <translation>Reações por emoji</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Filter the reactions by name</source>
        <translation>Filtrar as reações por nome</translation>
    </message>
    <message>
        <source>Who reacted</source>
        <translation>Quem reagiu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Part {order} of the import</source>
        <translation>Parte {order} da importação</translation>
    </message>
    <message>
        <source>Show only these reactions</source>
        <translation>Mostrar só estas reações</translation>
    </message>
    <message>
        <source>Show every reaction</source>
        <translation>Mostrar todas as reações</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
        </translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Todas ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Every reaction, %Ln in all</source>
        <translation>
            <numerusform>Todas as reações, %Ln no total</numerusform>
            <numerusform>Todas as reações, %Ln no total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln outra</numerusform>
            <numerusform>+%Ln outras</numerusform>
        </translation>
    </message>
    <message>
        <source>No reaction matches this filter</source>
        <translation>Nenhuma reação com este filtro</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} de %Ln mostrada</numerusform>
            <numerusform>{shown} de %Ln mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from WhatsApp history</source>
        <translation>Importada do histórico do WhatsApp</translation>
    </message>
    <message>
        <source>phase {phase}</source>
        <translation>fase {phase}</translation>
    </message>
    <message>
        <source>{percent} % imported</source>
        <translation>{percent} % importado</translation>
    </message>
    <message>
        <source>Media not available yet</source>
        <translation>Mídia ainda não disponível</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>iniciada em {time}</translation>
    </message>
    <message>
        <source>recording available</source>
        <translation>gravação disponível</translation>
    </message>
</context>
<context>
    <name>LeadSourcesPanel</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Search term</source>
        <translation>Termo pesquisado</translation>
    </message>
    <message>
        <source>Ad content</source>
        <translation>Conteúdo do anúncio</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation>ID do anúncio</translation>
    </message>
    <message>
        <source>Ad set ID</source>
        <translation>ID do conjunto de anúncios</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID da campanha</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Indicado por</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Origens do lead</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Última mensagem</translation>
    </message>
    <message>
        <source>{where}, source {number} of {count}</source>
        <translation>{where}, origem {number} de {count}</translation>
    </message>
    <message>
        <source>This chat has no lead source</source>
        <translation>Este chat não tem origem do lead</translation>
    </message>
    <message>
        <source>No chat looked up yet</source>
        <translation>Nenhum chat consultado ainda</translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation>Valor copiado</translation>
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
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>The start page: sample and recent chats (Alt+Home)</source>
        <translation>A página inicial: chats de exemplo e recentes (Alt+Home)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
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
        <source>Back to this chat</source>
        <translation>Voltar a este chat</translation>
    </message>
    <message>
        <source>Show this chat as the current one again and hide the message</source>
        <translation>Mostrar este chat de novo como o atual e esconder o aviso</translation>
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
        <source>&amp;Start page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>C&amp;opy service summary</source>
        <translation>Copiar &amp;resumo do atendimento</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos do teclado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System&apos;s</source>
        <translation>Do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language is used the next time the app opens.</source>
        <translation>O novo idioma passa a valer na próxima vez que o app abrir.</translation>
    </message>
    <message>
        <source>{name} — {app}</source>
        <translation>{name} — {app}</translation>
    </message>
    <message>
        <source>An API key was pasted into the chat ID field; it was cleared.</source>
        <translation>Uma chave da API foi colada no campo do ID do chat e foi apagada.</translation>
    </message>
    <message>
        <source>No chat to summarize yet: look one up first.</source>
        <translation>Ainda não há chat para resumir: consulte um primeiro.</translation>
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
        <source>Updated at {time}</source>
        <translation>Atualizado às {time}</translation>
    </message>
    <message>
        <source>Updated at {time} ({ago})</source>
        <translation>Atualizado às {time} ({ago})</translation>
    </message>
    <message>
        <source>Waiting for {elapsed} · attempt {attempt} of {total}</source>
        <translation>Aguardando há {elapsed} · tentativa {attempt} de {total}</translation>
    </message>
    <message>
        <source>Wegly was slow or busy, so the app is asking again by itself.</source>
        <translation>A Wegly demorou ou estava ocupada: o app está tentando de novo sozinho.</translation>
    </message>
    <message>
        <source>Waiting for {elapsed}</source>
        <translation>Aguardando há {elapsed}</translation>
    </message>
    <message>
        <source>Showing the previous chat: {name}. The lookup of chat {id} did not work: nothing below is about that chat.</source>
        <translation>Mostrando o chat anterior: {name}. A busca do chat {id} não deu certo: nada abaixo é desse chat.</translation>
    </message>
    <message>
        <source>Showing the previous chat: {name}. Looking up chat {id}…</source>
        <translation>Mostrando o chat anterior: {name}. Procurando o chat {id}…</translation>
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
        <source>Trying again by itself in {time}…</source>
        <translation>Nova tentativa automática em {time}…</translation>
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
        <source>Lookup cancelled. Back to the chat of {name}.</source>
        <translation>Busca cancelada. De volta ao chat de {name}.</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>No unread messages</source>
        <translation>Nenhuma mensagem não lida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln mensagem não lida</numerusform>
            <numerusform>%Ln mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>marked unread by an agent</source>
        <translation>marcado como não lido por um atendente</translation>
    </message>
    <message>
        <source>{count} ({marked})</source>
        <translation>{count} ({marked})</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>Situação do chat</translation>
    </message>
    <message>
        <source>Chat type</source>
        <translation>Tipo de chat</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>24-hour window</source>
        <translation>Janela de 24 horas</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Agora:</translation>
    </message>
    <message>
        <source>Window ends:</source>
        <translation>Fim da janela:</translation>
    </message>
    <message>
        <source>Customer&apos;s last message:</source>
        <translation>Última mensagem do cliente:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>WhatsApp name:</source>
        <translation>Nome no WhatsApp:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensagens:</translation>
    </message>
    <message>
        <source>Number as sent:</source>
        <translation>Número sem formatação:</translation>
    </message>
    <message>
        <source>Line ID:</source>
        <translation>ID da linha:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Alterado em:</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Sem atendente</translation>
    </message>
    <message>
        <source>the customer&apos;s last message + 24 h (Wegly sent no end time)</source>
        <translation>última mensagem do cliente + 24 h (a Wegly não informou o fim)</translation>
    </message>
    <message>
        <source>the end time sent by Wegly</source>
        <translation>o fim informado pela Wegly</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Com base em:</translation>
    </message>
    <message>
        <source>The chat is open: it is in the queue of chats being handled.</source>
        <translation>O chat está aberto: está na fila de atendimento.</translation>
    </message>
    <message>
        <source>The chat was snoozed: an agent put it aside for later.</source>
        <translation>O chat foi adiado: um atendente o deixou para depois.</translation>
    </message>
    <message>
        <source>The chat was resolved: the conversation was closed.</source>
        <translation>O chat foi resolvido: o atendimento foi encerrado.</translation>
    </message>
    <message>
        <source>Whether the chat is with one person or with a WhatsApp group</source>
        <translation>Se o chat é com uma pessoa ou com um grupo do WhatsApp</translation>
    </message>
    <message>
        <source>The priority given to this chat in Wegly&apos;s queue</source>
        <translation>A prioridade deste chat na fila da Wegly</translation>
    </message>
    <message>
        <source>While the 24-hour window is open, agents can send any message; once it has closed, only approved templates.</source>
        <translation>Com a janela de 24 horas aberta, o atendente pode mandar qualquer mensagem; depois que ela encerra, só modelos aprovados.</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s number</source>
        <translation>Copiar o número do cliente</translation>
    </message>
    <message>
        <source>Copy digits only</source>
        <translation>Copiar só os números</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>WhatsApp ID:</source>
        <translation>ID no WhatsApp:</translation>
    </message>
    <message>
        <source>Copy the chat ID</source>
        <translation>Copiar o ID do chat</translation>
    </message>
    <message>
        <source>Chat ID:</source>
        <translation>ID do chat:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Arquivado:</translation>
    </message>
    <message>
        <source>Assigned agent</source>
        <translation>Atendente responsável</translation>
    </message>
    <message>
        <source>Photo of the assigned agent</source>
        <translation>Foto do atendente responsável</translation>
    </message>
    <message>
        <source>WhatsApp line</source>
        <translation>Linha do WhatsApp</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>Última mensagem:</translation>
    </message>
    <message>
        <source>Chat {status}</source>
        <translation>Chat {status}</translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation>Prioridade: {priority}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Chat ID copied</source>
        <translation>ID do chat copiado</translation>
    </message>
    <message>
        <source>Phone number copied</source>
        <translation>Número de telefone copiado</translation>
    </message>
    <message>
        <source>Phone number copied (digits only)</source>
        <translation>Número de telefone copiado (só os números)</translation>
    </message>
    <message>
        <source>Window unknown</source>
        <translation>Janela de 24 h desconhecida</translation>
    </message>
    <message>
        <source>Window closing soon</source>
        <translation>Janela de 24 h quase fechando</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Janela de 24 h aberta</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Janela de 24 h encerrada</translation>
    </message>
    <message>
        <source>This chat was archived in Wegly on {time}: it is out of the list of chats being handled.</source>
        <translation>Este chat foi arquivado na Wegly em {time}: está fora da lista de chats em atendimento.</translation>
    </message>
    <message>
        <source>Yes, on {time}</source>
        <translation>Sim, em {time}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>RawJsonPanel</name>
    <message>
        <source>Search fields and values</source>
        <translation>Buscar campos e valores</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Buscar na resposta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go to the previous result</source>
        <translation>Vai para o resultado anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Go to the next result (Enter)</source>
        <translation>Vai para o próximo resultado (Enter)</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Copia o valor selecionado</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the selected part, or the whole response, as JSON</source>
        <translation>Copia a parte selecionada, ou a resposta inteira, como JSON</translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation>Mostrar documentos</translation>
    </message>
    <message>
        <source>Documents are personal data (LGPD): show them only when you need them</source>
        <translation>Documentos são dados pessoais (LGPD): mostre só quando precisar</translation>
    </message>
    <message>
        <source>Wegly&apos;s response, field by field</source>
        <translation>Resposta da Wegly, campo a campo</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Copy the whole response</source>
        <translation>Copiar a resposta inteira</translation>
    </message>
    <message>
        <source>Value copied</source>
        <translation>Valor copiado</translation>
    </message>
    <message>
        <source>JSON copied</source>
        <translation>JSON copiado</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Caminho copiado</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{position} of %Ln result(s)</source>
        <translation>
            <numerusform>{position} de %Ln resultado</numerusform>
            <numerusform>{position} de %Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide documents</source>
        <translation>Ocultar documentos</translation>
    </message>
</context>
<context>
    <name>ReactionsTableModel</name>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Em qualquer lugar da janela</translation>
    </message>
    <message>
        <source>In “{place}”</source>
        <translation>Em “{place}”</translation>
    </message>
    <message>
        <source>In the list or table that has the focus</source>
        <translation>Na lista ou tabela selecionada</translation>
    </message>
    <message>
        <source>Copy the value that has the focus (Tab moves to it)</source>
        <translation>Copiar o valor selecionado (Tab passa de um valor a outro)</translation>
    </message>
    <message>
        <source>On the tabs of a chat</source>
        <translation>Nas abas de um chat</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos do teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
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
        <source>Saving the key in the system keyring…</source>
        <translation>Salvando a chave no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Key saved: {location}. The app is already using it.</source>
        <translation>Chave salva: {location}. O app já está usando essa chave.</translation>
    </message>
    <message>
        <source>This looks like a chat ID, not a key. A Wegly integration key is much longer and starts with eyJ…</source>
        <translation>Isso parece um ID de chat, não uma chave. A chave de integração da Wegly é bem mais longa e começa com eyJ…</translation>
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
        <source>Save what looks like a chat ID as the key?</source>
        <translation>Salvar como chave algo que parece um ID de chat?</translation>
    </message>
    <message>
        <source>This looks like a chat ID, not a key. Look up chats in the main window; the key comes from Wegly: Configurações → Integrações → Gerenciar chaves.</source>
        <translation>Isso parece um ID de chat, não uma chave. Consulte chats na janela principal; a chave vem da Wegly: Configurações → Integrações → Gerenciar chaves.</translation>
    </message>
    <message>
        <source>Save a key that failed the test?</source>
        <translation>Salvar uma chave que falhou no teste?</translation>
    </message>
    <message>
        <source>The last test of this key said: {status}</source>
        <translation>O último teste desta chave disse: {status}</translation>
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
    <name>ValueLabel</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
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
        <source>Removing the saved API key…</source>
        <translation>Apagando a chave da API salva…</translation>
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
    <name>command line</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>falta informar: {names}</translation>
    </message>
    <message>
        <source>unknown arguments: {names}</source>
        <translation>argumentos desconhecidos: {names}</translation>
    </message>
    <message>
        <source>{option}: not a number: {value}</source>
        <translation>{option}: não é um número: {value}</translation>
    </message>
    <message>
        <source>{option}: invalid value: {value}</source>
        <translation>{option}: valor inválido: {value}</translation>
    </message>
    <message>
        <source>{option}: {value} is not one of {choices}</source>
        <translation>{option}: {value} não é uma das opções {choices}</translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation>{option} precisa de um valor</translation>
    </message>
    <message>
        <source>{option} is ambiguous: it could be {matches}</source>
        <translation>{option} é ambíguo: pode ser {matches}</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}: {problem}</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostra a versão e sai</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see --help)</source>
        <translation>{prog}: {problem} (veja --help)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Test failed.</source>
        <translation>O teste falhou.</translation>
    </message>
    <message>
        <source>Cannot look this up</source>
        <translation>Não dá para consultar isso</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>Chave da API recusada</translation>
    </message>
    <message>
        <source>Key rejected.</source>
        <translation>Chave recusada.</translation>
    </message>
    <message>
        <source>Key not allowed</source>
        <translation>Chave sem permissão</translation>
    </message>
    <message>
        <source>Key not allowed.</source>
        <translation>Chave sem permissão.</translation>
    </message>
    <message>
        <source>Chat not found</source>
        <translation>Chat não encontrado</translation>
    </message>
    <message>
        <source>No connection to Wegly</source>
        <translation>Sem conexão com a Wegly</translation>
    </message>
    <message>
        <source>That looks like an API key, not a chat ID. It was not sent anywhere; keep it private.</source>
        <translation>Isso parece uma chave da API, não um ID do chat. Ela não foi enviada a lugar nenhum; não a compartilhe.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (http:// only for this computer).</source>
        <translation>O endereço do servidor precisa começar com https:// (http:// só para este computador).</translation>
    </message>
    <message>
        <source>The server address is not valid; it should look like https://api.wegly.com.br.</source>
        <translation>O endereço do servidor não é válido; ele deve ser parecido com https://api.wegly.com.br.</translation>
    </message>
    <message>
        <source>No API key saved. Create one in Wegly (Configurações → Integrações → Gerenciar chaves) and save it in Wegly Chat Viewer, or set WEGLY_TOKEN.</source>
        <translation>Nenhuma chave da API salva. Crie uma na Wegly (Configurações → Integrações → Gerenciar chaves) e salve-a no Wegly Chat Viewer, ou defina WEGLY_TOKEN.</translation>
    </message>
    <message>
        <source>Wegly refused the API key (error {status}): it has expired, was revoked or was copied wrong. Create a new key in Wegly (Configurações → Integrações → Gerenciar chaves) and save it again.</source>
        <translation>A Wegly recusou a chave da API (erro {status}): ela expirou, foi revogada ou foi copiada errada. Crie uma chave nova na Wegly (Configurações → Integrações → Gerenciar chaves) e salve-a de novo.</translation>
    </message>
    <message>
        <source>Wegly knows the API key but does not allow it here (error {status}): the key is restricted to an allowed domain, or has no permission to read chats. If the key has an allowed domain, enter that domain under &quot;Change API key…&quot; → &quot;Allowed domain&quot; (wegly-lookup: --origin); otherwise ask for a key that may read chats.</source>
        <translation>A Wegly reconhece a chave da API, mas não permite o uso dela aqui (erro {status}): a chave está restrita a um domínio permitido ou não tem permissão para ler chats. Se a chave tem um domínio permitido, informe esse domínio em &quot;Trocar chave da API…&quot; → &quot;Domínio permitido&quot; (wegly-lookup: --origin); se não, peça uma chave que possa ler chats.</translation>
    </message>
    <message numerus="yes">
        <source>No connection: Wegly did not answer in time (%n attempt(s)). Check the internet connection and try again.</source>
        <translation>
            <numerusform>Sem conexão: a Wegly não respondeu a tempo (%n tentativa). Verifique a conexão com a internet e tente de novo.</numerusform>
            <numerusform>Sem conexão: a Wegly não respondeu a tempo (%n tentativas). Verifique a conexão com a internet e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to {host}. Check the internet connection or the proxy and try again.</source>
        <translation>Sem conexão com {host}. Verifique a conexão com a internet ou o proxy e tente de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be checked, so nothing was sent. A company network may need its certificate installed on this computer.</source>
        <translation>Não foi possível verificar o certificado de segurança do servidor, então nada foi enviado. A rede de uma empresa pode precisar que o certificado dela seja instalado neste computador.</translation>
    </message>
    <message>
        <source>The security certificate of {host} has expired or is not valid yet, so nothing was sent. Check that this computer&apos;s date and time are right; if they are, the problem is on the server&apos;s side.</source>
        <translation>O certificado de segurança de {host} venceu ou ainda não vale, então nada foi enviado. Confira se a data e a hora deste computador estão certas; se estiverem, o problema é do lado do servidor.</translation>
    </message>
    <message>
        <source>The security certificate that answered is not the one of {host}, so nothing was sent. Check the server address; a company network or a Wi-Fi login page may be answering in its place.</source>
        <translation>O certificado de segurança que respondeu não é o de {host}, então nada foi enviado. Confira o endereço do servidor; a rede da empresa ou uma página de login do Wi-Fi pode estar respondendo no lugar dele.</translation>
    </message>
    <message>
        <source>The security certificate of {host} comes from an authority this computer does not trust, so nothing was sent. If the company network inspects connections, ask IT for its certificate file and set the SSL_CERT_FILE variable to that file.</source>
        <translation>O certificado de segurança de {host} vem de uma autoridade em que este computador não confia, então nada foi enviado. Se a rede da empresa inspeciona as conexões, peça à equipe de TI o arquivo de certificado dela e aponte a variável SSL_CERT_FILE para esse arquivo.</translation>
    </message>
    <message>
        <source>The extra certificate file {path} could not be read (it is missing or is not a certificate file). Check the SSL_CERT_FILE variable or the profile&apos;s certificate file.</source>
        <translation>Não foi possível ler o arquivo de certificado extra {path} (ele não existe ou não é um arquivo de certificado). Confira a variável SSL_CERT_FILE ou o arquivo de certificado do perfil.</translation>
    </message>
    <message>
        <source>The proxy address in HTTPS_PROXY, HTTP_PROXY or ALL_PROXY is not valid; correct or remove the variable.</source>
        <translation>O endereço do proxy em HTTPS_PROXY, HTTP_PROXY ou ALL_PROXY não é válido; corrija ou remova a variável.</translation>
    </message>
    <message>
        <source>The allowed domain is not valid; it should look like https://crm.example.com.br.</source>
        <translation>O domínio permitido não é válido; ele deve ser parecido com https://crm.example.com.br.</translation>
    </message>
    <message>
        <source>The waiting time must be a number of seconds above 0 and at most 600.</source>
        <translation>O tempo de espera deve ser um número de segundos maior que 0 e de no máximo 600.</translation>
    </message>
    <message numerus="yes">
        <source>Wegly was reached but failed to answer (error {status}, %n attempt(s)). The problem is on Wegly&apos;s side; try again in a few minutes.</source>
        <translation>
            <numerusform>A Wegly foi alcançada, mas não conseguiu responder (erro {status}, %n tentativa). O problema é do lado da Wegly; tente de novo em alguns minutos.</numerusform>
            <numerusform>A Wegly foi alcançada, mas não conseguiu responder (erro {status}, %n tentativas). O problema é do lado da Wegly; tente de novo em alguns minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (error {status}).</source>
        <translation>O servidor deu uma resposta inesperada (erro {status}).</translation>
    </message>
    <message>
        <source>Too many requests in a row; Wegly asks to wait {wait} before trying again.</source>
        <translation>Muitas consultas seguidas; a Wegly pede para esperar {wait} antes de tentar de novo.</translation>
    </message>
    <message>
        <source>Too many requests in a row; wait a moment before trying again.</source>
        <translation>Muitas consultas seguidas; espere um pouco antes de tentar de novo.</translation>
    </message>
    <message>
        <source>The answer is larger than {limit_mb} MB and was refused.</source>
        <translation>A resposta tem mais de {limit_mb} MB e foi recusada.</translation>
    </message>
    <message>
        <source>The answer is too large and was refused: unpacked, it would be hundreds of times larger than what was sent.</source>
        <translation>A resposta é grande demais e foi recusada: descompactada, ficaria centenas de vezes maior do que o que foi enviado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is damaged: it could not be unpacked.</source>
        <translation>A resposta do servidor está danificada: não foi possível descompactá-la.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is packed in a format this app does not read.</source>
        <translation>A resposta do servidor está compactada num formato que este aplicativo não lê.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than {depth} levels inside one another and was not read (it is broken).</source>
        <translation>A resposta do servidor tem mais de {depth} níveis um dentro do outro e não foi lida (ela veio quebrada).</translation>
    </message>
    <message>
        <source>The server answered with a different chat than the one asked for.</source>
        <translation>O servidor respondeu com um chat diferente do que foi pedido.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address ({host}); it was not followed, so the key stays private.</source>
        <translation>O servidor mandou a consulta para outro endereço ({host}); ela não foi seguida, para a chave continuar protegida.</translation>
    </message>
    <message>
        <source>The server sent the request on to an address that is not valid; it was not followed.</source>
        <translation>O servidor mandou a consulta para um endereço que não é válido; ele não foi seguido.</translation>
    </message>
    <message>
        <source>The server sent the request on to other addresses too many times.</source>
        <translation>O servidor mandou a consulta para outros endereços vezes demais.</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Sem conexão.</translation>
    </message>
    <message>
        <source>Wegly server error</source>
        <translation>Erro no servidor da Wegly</translation>
    </message>
    <message>
        <source>Server error.</source>
        <translation>Erro no servidor.</translation>
    </message>
    <message>
        <source>Invalid answer from the server</source>
        <translation>Resposta inválida do servidor</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Muitas consultas seguidas</translation>
    </message>
    <message>
        <source>Paste a chat ID or a link that contains one.</source>
        <translation>Cole um ID do chat ou um link que contenha um.</translation>
    </message>
    <message>
        <source>No chat ID found. A chat ID looks like 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f.</source>
        <translation>Nenhum ID do chat encontrado. Um ID do chat é assim: 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f.</translation>
    </message>
    <message>
        <source>The text contains several different chat IDs; paste only one.</source>
        <translation>O texto tem vários IDs de chat diferentes; cole só um.</translation>
    </message>
    <message>
        <source>{problem}; set WEGLY_TOKEN instead.</source>
        <translation>{problem}; defina WEGLY_TOKEN em vez disso.</translation>
    </message>
    <message>
        <source>The saved API key contains characters that cannot be sent (line breaks or accents); paste the key again.</source>
        <translation>A chave da API salva tem caracteres que não podem ser enviados (quebras de linha ou acentos); cole a chave de novo.</translation>
    </message>
    <message>
        <source>Chat not found. Check the ID, or whether the key belongs to the chat&apos;s company.</source>
        <translation>Chat não encontrado. Confira o ID, ou se a chave é da mesma empresa do chat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (it is broken or incomplete).</source>
        <translation>Não foi possível ler a resposta do servidor (ela veio quebrada ou incompleta).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what was asked for.</source>
        <translation>A resposta do servidor não é o que foi pedido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no chat ID.</source>
        <translation>A resposta do servidor não tem ID do chat.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiado</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
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
        <source>Received</source>
        <translation>Recebida</translation>
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
        <source>Automation</source>
        <translation>Automação</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modelo de mensagem</translation>
    </message>
    <message>
        <source>Interactive message</source>
        <translation>Mensagem interativa</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>system keyring ({name})</source>
        <translation>chaveiro do sistema ({name})</translation>
    </message>
    <message>
        <source>memory, for this session only (not saved)</source>
        <translation>memória, só nesta sessão (não salva)</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer</source>
        <translation>não há chaveiro do sistema neste computador</translation>
    </message>
    <message>
        <source>the system keyring is locked</source>
        <translation>o chaveiro do sistema está bloqueado</translation>
    </message>
    <message>
        <source>the system keyring failed ({kind})</source>
        <translation>o chaveiro do sistema falhou ({kind})</translation>
    </message>
    <message>
        <source>the system keyring did not answer within {duration} (is it locked?)</source>
        <translation>o chaveiro do sistema não respondeu em {duration} (está bloqueado?)</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>archived {when}</source>
        <translation>arquivado em {when}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Unread:</source>
        <translation>Não lidas:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Atribuído a:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>sem atendente</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Linha:</translation>
    </message>
    <message>
        <source>24 h window:</source>
        <translation>Janela de 24 h:</translation>
    </message>
    <message>
        <source>Lead sources:</source>
        <translation>Origens do lead:</translation>
    </message>
    <message>
        <source>no unread messages</source>
        <translation>nenhuma mensagem não lida</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread message(s)</source>
        <translation>
            <numerusform>%Ln mensagem não lida</numerusform>
            <numerusform>%Ln mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>(marked unread by hand)</source>
        <translation>(marcado como não lido manualmente)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>o cliente</translation>
    </message>
    <message>
        <source>a group member</source>
        <translation>um membro do grupo</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>um atendente</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>Última mensagem:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation>de {sender}</translation>
    </message>
    <message>
        <source>History import: phase {phase}, {progress}% done</source>
        <translation>Importação do histórico: fase {phase}, {progress}% concluída</translation>
    </message>
    <message>
        <source>Media not available yet</source>
        <translation>Mídia ainda não disponível</translation>
    </message>
    <message>
        <source>(+{count} more)</source>
        <translation>(+{count} outras)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contato:</translation>
    </message>
    <message>
        <source>CRM record:</source>
        <translation>Cadastro no CRM:</translation>
    </message>
    <message>
        <source>none (no CRM record linked)</source>
        <translation>nenhum (sem cadastro no CRM ligado ao chat)</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Nascimento:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>(main)</source>
        <translation>(principal)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Assignable agents:</source>
        <translation>Atendentes disponíveis:</translation>
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
<context>
    <name>warnings</name>
    <message>
        <source>The chat could not be read; only its raw data is available.</source>
        <translation>O chat não pôde ser lido; só os dados brutos estão disponíveis.</translation>
    </message>
    <message>
        <source>The chat ID could not be read.</source>
        <translation>O ID do chat não pôde ser lido.</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp ID could not be read.</source>
        <translation>O ID do WhatsApp do cliente não pôde ser lido.</translation>
    </message>
    <message>
        <source>The WhatsApp profile name could not be read.</source>
        <translation>O nome do perfil do WhatsApp não pôde ser lido.</translation>
    </message>
    <message>
        <source>The customer&apos;s name could not be read.</source>
        <translation>O nome do cliente não pôde ser lido.</translation>
    </message>
    <message>
        <source>The customer&apos;s number could not be read.</source>
        <translation>O número do cliente não pôde ser lido.</translation>
    </message>
    <message>
        <source>The chat status could not be read.</source>
        <translation>A situação do chat não pôde ser lida.</translation>
    </message>
    <message>
        <source>The chat type could not be read.</source>
        <translation>O tipo do chat não pôde ser lido.</translation>
    </message>
    <message>
        <source>The number of unread messages could not be read.</source>
        <translation>O número de mensagens não lidas não pôde ser lido.</translation>
    </message>
    <message>
        <source>Whether the chat was marked unread could not be read.</source>
        <translation>Não foi possível ler se o chat foi marcado como não lido.</translation>
    </message>
    <message>
        <source>The priority could not be read.</source>
        <translation>A prioridade não pôde ser lida.</translation>
    </message>
    <message>
        <source>The archiving date could not be read.</source>
        <translation>A data de arquivamento não pôde ser lida.</translation>
    </message>
    <message>
        <source>The assigned agent could not be read.</source>
        <translation>O atendente atribuído não pôde ser lido.</translation>
    </message>
    <message>
        <source>The line could not be read.</source>
        <translation>A linha não pôde ser lida.</translation>
    </message>
    <message>
        <source>The time of the last message could not be read.</source>
        <translation>A hora da última mensagem não pôde ser lida.</translation>
    </message>
    <message>
        <source>The time of the customer&apos;s last message could not be read.</source>
        <translation>A hora da última mensagem do cliente não pôde ser lida.</translation>
    </message>
    <message>
        <source>The end of the 24-hour window could not be read.</source>
        <translation>O fim da janela de 24 horas não pôde ser lido.</translation>
    </message>
    <message>
        <source>The creation date of the chat could not be read.</source>
        <translation>A data de criação do chat não pôde ser lida.</translation>
    </message>
    <message>
        <source>The date of the chat&apos;s last change could not be read.</source>
        <translation>A data da última alteração do chat não pôde ser lida.</translation>
    </message>
    <message>
        <source>Part of the last message could not be read.</source>
        <translation>Parte da última mensagem não pôde ser lida.</translation>
    </message>
    <message>
        <source>The reactions to the last message could not be read.</source>
        <translation>As reações à última mensagem não puderam ser lidas.</translation>
    </message>
    <message>
        <source>Reaction {n} to the last message could not be read.</source>
        <translation>A reação {n} à última mensagem não pôde ser lida.</translation>
    </message>
    <message>
        <source>The media of the last message could not be read.</source>
        <translation>A mídia da última mensagem não pôde ser lida.</translation>
    </message>
    <message>
        <source>The call details could not be read.</source>
        <translation>Os detalhes da chamada não puderam ser lidos.</translation>
    </message>
    <message>
        <source>The quoted message could not be read.</source>
        <translation>A mensagem citada não pôde ser lida.</translation>
    </message>
    <message>
        <source>Part of the CRM record could not be read.</source>
        <translation>Parte do cadastro no CRM não pôde ser lida.</translation>
    </message>
    <message>
        <source>The name in the CRM could not be read.</source>
        <translation>O nome no CRM não pôde ser lido.</translation>
    </message>
    <message>
        <source>The birth date could not be read.</source>
        <translation>A data de nascimento não pôde ser lida.</translation>
    </message>
    <message>
        <source>The gender could not be read.</source>
        <translation>O gênero não pôde ser lido.</translation>
    </message>
    <message>
        <source>The CRM notes could not be read.</source>
        <translation>As observações do CRM não puderam ser lidas.</translation>
    </message>
    <message>
        <source>The CRM documents could not be read.</source>
        <translation>Os documentos do CRM não puderam ser lidos.</translation>
    </message>
    <message>
        <source>CRM document {n} could not be read.</source>
        <translation>Documento {n} do CRM não pôde ser lido.</translation>
    </message>
    <message>
        <source>The CRM contacts could not be read.</source>
        <translation>Os contatos do CRM não puderam ser lidos.</translation>
    </message>
    <message>
        <source>CRM contact {n} could not be read.</source>
        <translation>Contato {n} do CRM não pôde ser lido.</translation>
    </message>
    <message>
        <source>The CRM address could not be read.</source>
        <translation>O endereço do CRM não pôde ser lido.</translation>
    </message>
    <message>
        <source>The participants could not be read.</source>
        <translation>Os participantes não puderam ser lidos.</translation>
    </message>
    <message>
        <source>Participant {n} could not be read.</source>
        <translation>Participante {n} não pôde ser lido.</translation>
    </message>
    <message>
        <source>The assignable agents could not be read.</source>
        <translation>Os atendentes disponíveis não puderam ser lidos.</translation>
    </message>
    <message>
        <source>Assignable agent {n} could not be read.</source>
        <translation>Atendente disponível {n} não pôde ser lido.</translation>
    </message>
    <message>
        <source>The lead sources could not be read.</source>
        <translation>As origens do lead não puderam ser lidas.</translation>
    </message>
    <message>
        <source>Lead source {n} could not be read.</source>
        <translation>Origem do lead {n} não pôde ser lida.</translation>
    </message>
    <message>
        <source>A part of the chat could not be read.</source>
        <translation>Uma parte do chat não pôde ser lida.</translation>
    </message>
</context>
<context>
    <name>wegly-lookup</name>
    <message>
        <source>Look up a Wegly chat by its ID (or a link or text that contains it).</source>
        <translation>Consulta um chat da Wegly pelo ID (ou por um link ou texto que o contenha).</translation>
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
        <translation>A chave da API vem de WEGLY_TOKEN; se não houver, do chaveiro do sistema (a chave do
perfil, salva pelo Wegly Chat Viewer).

Códigos de saída:
  0  chat mostrado
  2  entrada ou linha de comando inválida (nada foi enviado)
  3  chave da API recusada ou sem permissão
  4  chat não encontrado
  5  sem conexão, ou erro no servidor da Wegly
  6  resposta inválida do servidor
  7  muitas consultas seguidas</translation>
    </message>
    <message>
        <source>CHAT</source>
        <translation>CHAT</translation>
    </message>
    <message>
        <source>the chat ID, or a link or text that contains it</source>
        <translation>o ID do chat, ou um link ou texto que o contenha</translation>
    </message>
    <message>
        <source>language of the texts (default: the saved one, else the system&apos;s)</source>
        <translation>idioma dos textos (padrão: o salvo; se não houver, o do sistema)</translation>
    </message>
    <message>
        <source>print the chat as received (JSON)</source>
        <translation>mostra o chat como foi recebido (JSON)</translation>
    </message>
    <message>
        <source>Wegly server address (default: the profile&apos;s, else {url})</source>
        <translation>endereço do servidor da Wegly (padrão: o do perfil; se não houver, {url})</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>the allowed domain, for keys restricted to one (default: the profile&apos;s)</source>
        <translation>o domínio permitido, para chaves restritas a um domínio (padrão: o do perfil)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>seconds to wait per attempt (default: the profile&apos;s, else {seconds})</source>
        <translation>segundos de espera por tentativa (padrão: o do perfil; se não houver, {seconds})</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>which saved profile (server, key and domain) to use</source>
        <translation>qual perfil salvo (servidor, chave e domínio) usar</translation>
    </message>
    <message>
        <source>use the built-in demo server (no key needed)</source>
        <translation>usa o servidor de demonstração embutido (não precisa de chave)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most 600</source>
        <translation>--timeout deve ser um número de segundos maior que 0 e de no máximo 600</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>aviso:</translation>
    </message>
</context>
<context>
    <name>wegly-viewer</name>
    <message>
        <source>CHAT</source>
        <translation>CHAT</translation>
    </message>
    <message>
        <source>the chat ID, or a link or text that contains it</source>
        <translation>o ID do chat, ou um link ou texto que o contenha</translation>
    </message>
    <message>
        <source>use the built-in demo server</source>
        <translation>usa o servidor de demonstração embutido</translation>
    </message>
    <message>
        <source>use the demo server when no API key is saved (what ./run does)</source>
        <translation>usa o servidor de demonstração quando não há chave da API salva (o que ./run faz)</translation>
    </message>
    <message>
        <source>Wegly server address</source>
        <translation>endereço do servidor da Wegly</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>which saved profile (server, key and domain) to use</source>
        <translation>qual perfil salvo (servidor, chave e domínio) usar</translation>
    </message>
    <message>
        <source>colours: system, light or dark; kept for the next start (default: the saved one)</source>
        <translation>cores: system (do sistema), light (claro) ou dark (escuro); guardado para a próxima vez (padrão: o salvo)</translation>
    </message>
    <message>
        <source>language of the texts (default: the saved one, else the system&apos;s)</source>
        <translation>idioma dos textos (padrão: o salvo; se não houver, o do sistema)</translation>
    </message>
    <message>
        <source>check this installation (Qt plugins, keyring, TLS, fonts, a demo lookup) and exit</source>
        <translation>verifica esta instalação (plugins do Qt, chaveiro, TLS, fontes, uma consulta de demonstração) e sai</translation>
    </message>
</context>
</TS>
