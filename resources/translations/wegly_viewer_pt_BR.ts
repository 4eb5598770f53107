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
        <source>Nobody assigned</source>
        <translation>Nenhum atendente responsável</translation>
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
        <source>Hide documents</source>
        <translation>Ocultar documentos</translation>
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
        <source>last day before connecting</source>
        <translation>último dia antes da conexão</translation>
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
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
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
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
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
        <translation>Nenhum atendente responsável</translation>
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
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>Com base em:</translation>
    </message>
    <message>
        <source>WhatsApp ID:</source>
        <translation>ID no WhatsApp:</translation>
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
        <source>Priority: {priority}</source>
        <translation>Prioridade: {priority}</translation>
    </message>
    <message>
        <source>Window unknown</source>
        <translation>Janela desconhecida</translation>
    </message>
    <message>
        <source>Window closing soon</source>
        <translation>Janela quase fechando</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Janela aberta</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Janela encerrada</translation>
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
