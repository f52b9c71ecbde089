.class final Lfr/valise/agent/Connection;
.super Ljava/lang/Object;
.source "Connection.smali"
.implements Ljava/lang/Runnable;

# One stream from the host, served on its own thread: request lines in, answer lines out, until the host closes.
# Only root (uid 0) and the ADB shell (uid 2000) may talk to the agent: other apps are closed on at once.

.field final agent:Lfr/valise/agent/Agent;
.field final socket:Landroid/net/LocalSocket;

.method constructor <init>(Lfr/valise/agent/Agent;Landroid/net/LocalSocket;)V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lfr/valise/agent/Connection;->agent:Lfr/valise/agent/Agent;
    iput-object p2, p0, Lfr/valise/agent/Connection;->socket:Landroid/net/LocalSocket;
    return-void
.end method

.method public run()V
    .locals 1
    :try_start
    invoke-direct {p0}, Lfr/valise/agent/Connection;->serve()V
    :try_end
    .catchall {:try_start .. :try_end} :failed
    goto :close
    :failed
    move-exception v0
    :close
    :try_close
    iget-object v0, p0, Lfr/valise/agent/Connection;->socket:Landroid/net/LocalSocket;
    invoke-virtual {v0}, Landroid/net/LocalSocket;->close()V
    :try_close_end
    .catch Ljava/io/IOException; {:try_close .. :try_close_end} :closed
    :closed
    return-void
.end method

.method private serve()V
    .locals 6
    iget-object v0, p0, Lfr/valise/agent/Connection;->socket:Landroid/net/LocalSocket;
    invoke-virtual {v0}, Landroid/net/LocalSocket;->getPeerCredentials()Landroid/net/Credentials;
    move-result-object v1
    invoke-virtual {v1}, Landroid/net/Credentials;->getUid()I
    move-result v1
    if-eqz v1, :allowed
    const/16 v2, 0x7d0
    if-eq v1, v2, :allowed
    return-void
    :allowed
    new-instance v1, Ljava/io/BufferedInputStream;
    invoke-virtual {v0}, Landroid/net/LocalSocket;->getInputStream()Ljava/io/InputStream;
    move-result-object v2
    invoke-direct {v1, v2}, Ljava/io/BufferedInputStream;-><init>(Ljava/io/InputStream;)V
    invoke-virtual {v0}, Landroid/net/LocalSocket;->getOutputStream()Ljava/io/OutputStream;
    move-result-object v2
    iget-object v3, p0, Lfr/valise/agent/Connection;->agent:Lfr/valise/agent/Agent;
    :loop
    invoke-static {v1}, Lfr/valise/agent/Agent;->readLine(Ljava/io/InputStream;)Ljava/lang/String;
    move-result-object v4
    if-eqz v4, :end
    const-string v5, "\n"
    invoke-virtual {v5, v4}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v5
    if-eqz v5, :line
    const-string v4, "ERR unknown-command request line longer than 1024 bytes"
    invoke-static {v2, v4}, Lfr/valise/agent/Connection;->write(Ljava/io/OutputStream;Ljava/lang/String;)V
    return-void
    :line
    invoke-virtual {v3, v4, v1}, Lfr/valise/agent/Agent;->handle(Ljava/lang/String;Ljava/io/InputStream;)Ljava/lang/String;
    move-result-object v4
    if-eqz v4, :end
    invoke-static {v2, v4}, Lfr/valise/agent/Connection;->write(Ljava/io/OutputStream;Ljava/lang/String;)V
    goto :loop
    :end
    return-void
.end method

.method static write(Ljava/io/OutputStream;Ljava/lang/String;)V
    .locals 1
    const-string v0, "\n"
    invoke-virtual {p1, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p1
    sget-object v0, Ljava/nio/charset/StandardCharsets;->UTF_8:Ljava/nio/charset/Charset;
    invoke-virtual {p1, v0}, Ljava/lang/String;->getBytes(Ljava/nio/charset/Charset;)[B
    move-result-object v0
    invoke-virtual {p0, v0}, Ljava/io/OutputStream;->write([B)V
    invoke-virtual {p0}, Ljava/io/OutputStream;->flush()V
    return-void
.end method
