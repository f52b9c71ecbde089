.class final Lfr/valise/agent/Server;
.super Ljava/lang/Object;
.source "Server.smali"
.implements Ljava/lang/Runnable;

# Listens on the abstract socket "valise-agent"; each accepted stream is served on its own thread.

.field final agent:Lfr/valise/agent/Agent;
.field volatile socket:Landroid/net/LocalServerSocket;

.method constructor <init>(Lfr/valise/agent/Agent;)V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lfr/valise/agent/Server;->agent:Lfr/valise/agent/Agent;
    return-void
.end method

.method public run()V
    .locals 5
    :try_start
    new-instance v0, Landroid/net/LocalServerSocket;
    const-string v1, "valise-agent"
    invoke-direct {v0, v1}, Landroid/net/LocalServerSocket;-><init>(Ljava/lang/String;)V
    iput-object v0, p0, Lfr/valise/agent/Server;->socket:Landroid/net/LocalServerSocket;
    :loop
    invoke-virtual {v0}, Landroid/net/LocalServerSocket;->accept()Landroid/net/LocalSocket;
    move-result-object v1
    new-instance v2, Lfr/valise/agent/Connection;
    iget-object v3, p0, Lfr/valise/agent/Server;->agent:Lfr/valise/agent/Agent;
    invoke-direct {v2, v3, v1}, Lfr/valise/agent/Connection;-><init>(Lfr/valise/agent/Agent;Landroid/net/LocalSocket;)V
    new-instance v3, Ljava/lang/Thread;
    const-string v4, "valise-agent-connection"
    invoke-direct {v3, v2, v4}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;Ljava/lang/String;)V
    invoke-virtual {v3}, Ljava/lang/Thread;->start()V
    goto :loop
    :try_end
    .catch Ljava/io/IOException; {:try_start .. :try_end} :stopped
    :stopped
    return-void
.end method

.method close()V
    .locals 1
    iget-object v0, p0, Lfr/valise/agent/Server;->socket:Landroid/net/LocalServerSocket;
    if-eqz v0, :done
    :try_start
    invoke-virtual {v0}, Landroid/net/LocalServerSocket;->close()V
    :try_end
    .catch Ljava/io/IOException; {:try_start .. :try_end} :done
    :done
    return-void
.end method
