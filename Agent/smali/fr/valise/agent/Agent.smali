.class public final Lfr/valise/agent/Agent;
.super Ljava/lang/Object;
.source "Agent.smali"

# The protocol (docs/agent-protocol.md): parses request lines, reads bodies, checks TRUST and APPLY, keeps the
# state in SharedPreferences ("valise-agent": ca, sequence, applied, pending and the sets the Applier tracks).
# One instance per service; requests of all connections run one at a time (lock).

.field final context:Landroid/content/Context;
.field final prefs:Landroid/content/SharedPreferences;
.field final dpm:Landroid/app/admin/DevicePolicyManager;
.field final wifi:Landroid/net/wifi/WifiManager;
.field final cm:Landroid/net/ConnectivityManager;
.field final admin:Landroid/content/ComponentName;
.field final lock:Ljava/util/concurrent/locks/ReentrantLock;

.method public constructor <init>(Landroid/content/Context;)V
    .locals 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lfr/valise/agent/Agent;->context:Landroid/content/Context;
    const-string v0, "valise-agent"
    const/4 v1, 0x0
    invoke-virtual {p1, v0, v1}, Landroid/content/Context;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;
    move-result-object v0
    iput-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    const-string v0, "device_policy"
    invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/app/admin/DevicePolicyManager;
    iput-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    const-string v0, "wifi"
    invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/net/wifi/WifiManager;
    iput-object v0, p0, Lfr/valise/agent/Agent;->wifi:Landroid/net/wifi/WifiManager;
    const-string v0, "connectivity"
    invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/net/ConnectivityManager;
    iput-object v0, p0, Lfr/valise/agent/Agent;->cm:Landroid/net/ConnectivityManager;
    new-instance v0, Landroid/content/ComponentName;
    const-string v1, "fr.valise.agent"
    const-string v2, "fr.valise.agent.AdminReceiver"
    invoke-direct {v0, v1, v2}, Landroid/content/ComponentName;-><init>(Ljava/lang/String;Ljava/lang/String;)V
    iput-object v0, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    new-instance v0, Ljava/util/concurrent/locks/ReentrantLock;
    invoke-direct {v0}, Ljava/util/concurrent/locks/ReentrantLock;-><init>()V
    iput-object v0, p0, Lfr/valise/agent/Agent;->lock:Ljava/util/concurrent/locks/ReentrantLock;
    return-void
.end method

# One request line without its "\n" (a trailing "\r" dropped); null at end of stream; "\n" when over 1024 bytes.
.method static readLine(Ljava/io/InputStream;)Ljava/lang/String;
    .locals 4
    new-instance v0, Ljava/io/ByteArrayOutputStream;
    invoke-direct {v0}, Ljava/io/ByteArrayOutputStream;-><init>()V
    :loop
    invoke-virtual {p0}, Ljava/io/InputStream;->read()I
    move-result v1
    if-gez v1, :got
    const/4 v2, 0x0
    return-object v2
    :got
    const/16 v2, 0xa
    if-eq v1, v2, :done
    invoke-virtual {v0}, Ljava/io/ByteArrayOutputStream;->size()I
    move-result v2
    const/16 v3, 0x400
    if-lt v2, v3, :add
    const-string v2, "\n"
    return-object v2
    :add
    invoke-virtual {v0, v1}, Ljava/io/ByteArrayOutputStream;->write(I)V
    goto :loop
    :done
    invoke-virtual {v0}, Ljava/io/ByteArrayOutputStream;->toByteArray()[B
    move-result-object v0
    new-instance v1, Ljava/lang/String;
    sget-object v2, Ljava/nio/charset/StandardCharsets;->UTF_8:Ljava/nio/charset/Charset;
    invoke-direct {v1, v0, v2}, Ljava/lang/String;-><init>([BLjava/nio/charset/Charset;)V
    const-string v2, "\r"
    invoke-virtual {v1, v2}, Ljava/lang/String;->endsWith(Ljava/lang/String;)Z
    move-result v2
    if-eqz v2, :no_cr
    invoke-virtual {v1}, Ljava/lang/String;->length()I
    move-result v2
    add-int/lit8 v2, v2, -0x1
    const/4 v3, 0x0
    invoke-virtual {v1, v3, v2}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object v1
    :no_cr
    return-object v1
.end method

# Exactly N bytes, or null when the stream ends first.
.method static readFully(Ljava/io/InputStream;I)[B
    .locals 4
    new-array v0, p1, [B
    const/4 v1, 0x0
    :loop
    if-ge v1, p1, :done
    sub-int v2, p1, v1
    invoke-virtual {p0, v0, v1, v2}, Ljava/io/InputStream;->read([BII)I
    move-result v2
    if-gez v2, :more
    const/4 v3, 0x0
    return-object v3
    :more
    add-int/2addr v1, v2
    goto :loop
    :done
    return-object v0
.end method

# Reads and drops N bytes; false when the stream ends first.
.method static skip(Ljava/io/InputStream;J)Z
    .locals 5
    const/16 v0, 0x2000
    new-array v0, v0, [B
    :loop
    const-wide/16 v1, 0x0
    cmp-long v3, p1, v1
    if-gtz v3, :more
    const/4 v4, 0x1
    return v4
    :more
    const-wide/16 v1, 0x2000
    cmp-long v3, p1, v1
    if-gez v3, :full
    long-to-int v3, p1
    goto :read
    :full
    const/16 v3, 0x2000
    :read
    const/4 v4, 0x0
    invoke-virtual {p0, v0, v4, v3}, Ljava/io/InputStream;->read([BII)I
    move-result v3
    if-gez v3, :got
    const/4 v4, 0x0
    return v4
    :got
    int-to-long v1, v3
    sub-long/2addr p1, v1
    goto :loop
.end method

.method static digits(Ljava/lang/String;)Z
    .locals 1
    const-string v0, "[0-9]+"
    invoke-virtual {p0, v0}, Ljava/lang/String;->matches(Ljava/lang/String;)Z
    move-result v0
    return v0
.end method

# A count of decimal digits; more than 18 digits counts as Long.MAX_VALUE.
.method static count(Ljava/lang/String;)J
    .locals 2
    invoke-virtual {p0}, Ljava/lang/String;->length()I
    move-result v0
    const/16 v1, 0x12
    if-le v0, v1, :parse
    const-wide v0, 0x7fffffffffffffffL
    return-wide v0
    :parse
    invoke-static {p0}, Ljava/lang/Long;->parseLong(Ljava/lang/String;)J
    move-result-wide v0
    return-wide v0
.end method

# Handles one request line, reading its body from IN; returns the answer line (without "\n"), or null when the
# stream ended before the body was complete (the connection then closes, nothing applied).
.method handle(Ljava/lang/String;Ljava/io/InputStream;)Ljava/lang/String;
    .locals 12
    invoke-virtual {p1}, Ljava/lang/String;->trim()Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/String;->isEmpty()Z
    move-result v1
    if-eqz v1, :words
    const-string v0, "ERR unknown-command empty request"
    return-object v0
    :words
    const-string v1, " +"
    invoke-virtual {v0, v1}, Ljava/lang/String;->split(Ljava/lang/String;)[Ljava/lang/String;
    move-result-object v0
    array-length v1, v0
    const/4 v2, 0x0
    aget-object v2, v0, v2

    const-string v3, "STATUS"
    invoke-virtual {v3, v2}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-eqz v3, :not_status
    const/4 v3, 0x1
    if-ne v1, v3, :unknown
    const/4 v3, 0x0
    const/4 v4, 0x0
    invoke-direct {p0, v3, v4, v4, v4}, Lfr/valise/agent/Agent;->locked(I[B[B[B)Ljava/lang/String;
    move-result-object v0
    return-object v0

    :not_status
    const-string v3, "TRUST"
    invoke-virtual {v3, v2}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-nez v3, :trust
    const-string v3, "APPLY"
    invoke-virtual {v3, v2}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-nez v3, :apply

    :unknown
    invoke-virtual {v2}, Ljava/lang/String;->length()I
    move-result v3
    const/16 v4, 0x20
    if-le v3, v4, :short
    const/4 v3, 0x0
    invoke-virtual {v2, v3, v4}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object v2
    const-string v3, "\u2026"
    invoke-virtual {v2, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    :short
    const-string v3, "ERR unknown-command "
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    return-object v3

    :trust
    const/4 v3, 0x2
    if-ne v1, v3, :trust_usage
    const/4 v3, 0x1
    aget-object v3, v0, v3
    invoke-static {v3}, Lfr/valise/agent/Agent;->digits(Ljava/lang/String;)Z
    move-result v4
    if-eqz v4, :trust_usage
    invoke-static {v3}, Lfr/valise/agent/Agent;->count(Ljava/lang/String;)J
    move-result-wide v4
    const-wide/32 v6, 0x10000
    cmp-long v8, v4, v6
    if-gtz v8, :trust_too_large
    long-to-int v6, v4
    invoke-static {p2, v6}, Lfr/valise/agent/Agent;->readFully(Ljava/io/InputStream;I)[B
    move-result-object v7
    if-eqz v7, :closed
    const/4 v3, 0x1
    const/4 v4, 0x0
    invoke-direct {p0, v3, v7, v4, v4}, Lfr/valise/agent/Agent;->locked(I[B[B[B)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :trust_too_large
    invoke-static {p2, v4, v5}, Lfr/valise/agent/Agent;->skip(Ljava/io/InputStream;J)Z
    move-result v8
    if-eqz v8, :closed
    invoke-static {v4, v5}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    const-string v0, "ERR too-large CA certificate of "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " bytes exceeds 65536"
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :trust_usage
    const-string v0, "ERR unknown-command usage: TRUST <bytes>"
    return-object v0

    :apply
    const/4 v3, 0x4
    if-ne v1, v3, :apply_usage
    const/4 v3, 0x1
    :apply_digits
    if-ge v3, v1, :apply_counts
    aget-object v4, v0, v3
    invoke-static {v4}, Lfr/valise/agent/Agent;->digits(Ljava/lang/String;)Z
    move-result v4
    if-eqz v4, :apply_usage
    add-int/lit8 v3, v3, 0x1
    goto :apply_digits
    :apply_counts
    const/4 v3, 0x1
    aget-object v3, v0, v3
    invoke-static {v3}, Lfr/valise/agent/Agent;->count(Ljava/lang/String;)J
    move-result-wide v4
    const/4 v3, 0x2
    aget-object v3, v0, v3
    invoke-static {v3}, Lfr/valise/agent/Agent;->count(Ljava/lang/String;)J
    move-result-wide v6
    const/4 v3, 0x3
    aget-object v3, v0, v3
    invoke-static {v3}, Lfr/valise/agent/Agent;->count(Ljava/lang/String;)J
    move-result-wide v8
    const-wide/32 v10, 0x800000
    cmp-long v3, v4, v10
    if-gtz v3, :apply_too_large
    const-wide/32 v10, 0x10000
    cmp-long v3, v6, v10
    if-gtz v3, :apply_too_large
    cmp-long v3, v8, v10
    if-gtz v3, :apply_too_large
    long-to-int v3, v4
    invoke-static {p2, v3}, Lfr/valise/agent/Agent;->readFully(Ljava/io/InputStream;I)[B
    move-result-object v10
    if-eqz v10, :closed
    long-to-int v3, v6
    invoke-static {p2, v3}, Lfr/valise/agent/Agent;->readFully(Ljava/io/InputStream;I)[B
    move-result-object v11
    if-eqz v11, :closed
    long-to-int v3, v8
    invoke-static {p2, v3}, Lfr/valise/agent/Agent;->readFully(Ljava/io/InputStream;I)[B
    move-result-object v4
    if-eqz v4, :closed
    const/4 v3, 0x2
    invoke-direct {p0, v3, v10, v11, v4}, Lfr/valise/agent/Agent;->locked(I[B[B[B)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :apply_too_large
    invoke-static {p2, v4, v5}, Lfr/valise/agent/Agent;->skip(Ljava/io/InputStream;J)Z
    move-result v3
    if-eqz v3, :closed
    invoke-static {p2, v6, v7}, Lfr/valise/agent/Agent;->skip(Ljava/io/InputStream;J)Z
    move-result v3
    if-eqz v3, :closed
    invoke-static {p2, v8, v9}, Lfr/valise/agent/Agent;->skip(Ljava/io/InputStream;J)Z
    move-result v3
    if-eqz v3, :closed
    const-string v0, "ERR too-large bundle "
    invoke-static {v4, v5}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " bytes (max 8388608), signature "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v6, v7}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " bytes (max 65536), certificate "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v8, v9}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " bytes (max 65536)"
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :apply_usage
    const-string v0, "ERR unknown-command usage: APPLY <bundle-bytes> <signature-bytes> <certificate-bytes>"
    return-object v0

    :closed
    const/4 v0, 0x0
    return-object v0
.end method

# Runs STATUS (0), TRUST (1) or APPLY (2) holding the lock.
.method private locked(I[B[B[B)Ljava/lang/String;
    .locals 3
    iget-object v0, p0, Lfr/valise/agent/Agent;->lock:Ljava/util/concurrent/locks/ReentrantLock;
    invoke-virtual {v0}, Ljava/util/concurrent/locks/ReentrantLock;->lock()V
    :try_start
    if-nez p1, :not_status
    invoke-direct {p0}, Lfr/valise/agent/Agent;->status()Ljava/lang/String;
    move-result-object v1
    goto :unlock
    :not_status
    const/4 v1, 0x1
    if-ne p1, v1, :apply
    invoke-direct {p0, p2}, Lfr/valise/agent/Agent;->trust([B)Ljava/lang/String;
    move-result-object v1
    goto :unlock
    :apply
    invoke-direct {p0, p2, p3, p4}, Lfr/valise/agent/Agent;->apply([B[B[B)Ljava/lang/String;
    move-result-object v1
    :try_end
    .catchall {:try_start .. :try_end} :failed
    :unlock
    invoke-virtual {v0}, Ljava/util/concurrent/locks/ReentrantLock;->unlock()V
    return-object v1
    :failed
    move-exception v2
    invoke-virtual {v0}, Ljava/util/concurrent/locks/ReentrantLock;->unlock()V
    throw v2
.end method

.method private status()Ljava/lang/String;
    .locals 4
    iget-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    const-string v1, "applied"
    const-string v2, "-"
    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    const-string v2, "pending"
    const/4 v3, 0x0
    invoke-interface {v0, v2, v3}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    const-string v3, "OK "
    invoke-virtual {v3, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    if-eqz v2, :done
    const-string v1, " interrupted "
    invoke-virtual {v3, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    :done
    return-object v3
.end method

.method private trust([B)Ljava/lang/String;
    .locals 4
    iget-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    const-string v1, "ca"
    const/4 v2, 0x0
    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    if-eqz v1, :fresh
    const-string v1, "ERR already-trusted a CA is already trusted"
    return-object v1
    :fresh
    new-instance v1, Ljava/lang/String;
    sget-object v2, Ljava/nio/charset/StandardCharsets;->UTF_8:Ljava/nio/charset/Charset;
    invoke-direct {v1, p1, v2}, Ljava/lang/String;-><init>([BLjava/nio/charset/Charset;)V
    invoke-static {v1}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v2
    if-nez v2, :parsed
    const-string v1, "ERR bad-ca not a PEM X.509 certificate"
    return-object v1
    :parsed
    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v2
    const-string v3, "ca"
    invoke-interface {v2, v3, v1}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;
    invoke-interface {v2}, Landroid/content/SharedPreferences$Editor;->commit()Z
    const-string v1, "OK"
    return-object v1
.end method

# A PEM certificate (the text must hold a BEGIN CERTIFICATE block), or null.
.method static pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    .locals 2
    const-string v0, "-----BEGIN CERTIFICATE-----"
    invoke-virtual {p0, v0}, Ljava/lang/String;->contains(Ljava/lang/CharSequence;)Z
    move-result v0
    if-nez v0, :pem
    const/4 v0, 0x0
    return-object v0
    :pem
    sget-object v0, Ljava/nio/charset/StandardCharsets;->UTF_8:Ljava/nio/charset/Charset;
    invoke-virtual {p0, v0}, Ljava/lang/String;->getBytes(Ljava/nio/charset/Charset;)[B
    move-result-object v0
    invoke-static {v0}, Lfr/valise/agent/Agent;->parseCert([B)Ljava/security/cert/X509Certificate;
    move-result-object v0
    return-object v0
.end method

# An X.509 certificate (DER or PEM), or null.
.method static parseCert([B)Ljava/security/cert/X509Certificate;
    .locals 2
    :try_start
    const-string v0, "X.509"
    invoke-static {v0}, Ljava/security/cert/CertificateFactory;->getInstance(Ljava/lang/String;)Ljava/security/cert/CertificateFactory;
    move-result-object v0
    new-instance v1, Ljava/io/ByteArrayInputStream;
    invoke-direct {v1, p0}, Ljava/io/ByteArrayInputStream;-><init>([B)V
    invoke-virtual {v0, v1}, Ljava/security/cert/CertificateFactory;->generateCertificate(Ljava/io/InputStream;)Ljava/security/cert/Certificate;
    move-result-object v0
    check-cast v0, Ljava/security/cert/X509Certificate;
    :try_end
    .catch Ljava/lang/Exception; {:try_start .. :try_end} :failed
    return-object v0
    :failed
    const/4 v0, 0x0
    return-object v0
.end method

# null when SIGNATURE is a SHA256withRSA signature of BUNDLE by the certificate DER, issued by the CA; else why not.
.method static checkSignature(Ljava/lang/String;[B[B[B)Ljava/lang/String;
    .locals 5
    invoke-static {p0}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v0
    invoke-static {p3}, Lfr/valise/agent/Agent;->parseCert([B)Ljava/security/cert/X509Certificate;
    move-result-object v1
    if-nez v1, :parsed
    const-string v0, "signer certificate is not an X.509 certificate"
    return-object v0
    :parsed
    :try_ca
    invoke-virtual {v0}, Ljava/security/cert/Certificate;->getPublicKey()Ljava/security/PublicKey;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/security/cert/Certificate;->verify(Ljava/security/PublicKey;)V
    :try_ca_end
    .catch Ljava/lang/Exception; {:try_ca .. :try_ca_end} :not_signed
    invoke-virtual {v1}, Ljava/security/cert/X509Certificate;->getIssuerX500Principal()Ljavax/security/auth/x500/X500Principal;
    move-result-object v2
    invoke-virtual {v0}, Ljava/security/cert/X509Certificate;->getSubjectX500Principal()Ljavax/security/auth/x500/X500Principal;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljavax/security/auth/x500/X500Principal;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :other_issuer
    :try_valid
    invoke-virtual {v1}, Ljava/security/cert/X509Certificate;->checkValidity()V
    :try_valid_end
    .catch Ljava/security/cert/CertificateExpiredException; {:try_valid .. :try_valid_end} :expired
    .catch Ljava/security/cert/CertificateNotYetValidException; {:try_valid .. :try_valid_end} :not_yet
    :try_sig
    const-string v2, "SHA256withRSA"
    invoke-static {v2}, Ljava/security/Signature;->getInstance(Ljava/lang/String;)Ljava/security/Signature;
    move-result-object v2
    invoke-virtual {v1}, Ljava/security/cert/Certificate;->getPublicKey()Ljava/security/PublicKey;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/security/Signature;->initVerify(Ljava/security/PublicKey;)V
    invoke-virtual {v2, p1}, Ljava/security/Signature;->update([B)V
    invoke-virtual {v2, p2}, Ljava/security/Signature;->verify([B)Z
    move-result v4
    :try_sig_end
    .catch Ljava/lang/Exception; {:try_sig .. :try_sig_end} :bad
    if-eqz v4, :bad
    const/4 v0, 0x0
    return-object v0
    :not_signed
    const-string v0, "signer certificate is not signed by the trusted CA"
    return-object v0
    :other_issuer
    const-string v0, "signer certificate is not issued by the trusted CA (issuer differs from the CA subject)"
    return-object v0
    :expired
    const-string v0, "signer certificate expired"
    return-object v0
    :not_yet
    const-string v0, "signer certificate not yet valid"
    return-object v0
    :bad
    const-string v0, "signature does not verify"
    return-object v0
.end method

.method static sha256([B)Ljava/lang/String;
    .locals 5
    const-string v0, "SHA-256"
    invoke-static {v0}, Ljava/security/MessageDigest;->getInstance(Ljava/lang/String;)Ljava/security/MessageDigest;
    move-result-object v0
    invoke-virtual {v0, p0}, Ljava/security/MessageDigest;->digest([B)[B
    move-result-object v0
    new-instance v1, Ljava/math/BigInteger;
    const/4 v2, 0x1
    invoke-direct {v1, v2, v0}, Ljava/math/BigInteger;-><init>(I[B)V
    new-array v2, v2, [Ljava/lang/Object;
    const/4 v3, 0x0
    aput-object v1, v2, v3
    sget-object v3, Ljava/util/Locale;->ROOT:Ljava/util/Locale;
    const-string v4, "%064x"
    invoke-static {v3, v4, v2}, Ljava/lang/String;->format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# The bundle as a JSONObject that matches the schema, or the error message (a String).
.method static parseBundle([B)Ljava/lang/Object;
    .locals 4
    :try_start
    new-instance v0, Ljava/lang/String;
    sget-object v1, Ljava/nio/charset/StandardCharsets;->UTF_8:Ljava/nio/charset/Charset;
    invoke-direct {v0, p0, v1}, Ljava/lang/String;-><init>([BLjava/nio/charset/Charset;)V
    new-instance v1, Lorg/json/JSONTokener;
    invoke-direct {v1, v0}, Lorg/json/JSONTokener;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1}, Lorg/json/JSONTokener;->nextValue()Ljava/lang/Object;
    move-result-object v0
    instance-of v2, v0, Lorg/json/JSONObject;
    if-eqz v2, :not_object
    invoke-virtual {v1}, Lorg/json/JSONTokener;->more()Z
    move-result v2
    if-nez v2, :not_object
    invoke-static {}, Lfr/valise/agent/Schema;->schema()Lorg/json/JSONObject;
    move-result-object v1
    const-string v2, ""
    invoke-static {v0, v1, v2}, Lfr/valise/agent/Schema;->check(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    if-nez v1, :checked
    move-object v2, v0
    check-cast v2, Lorg/json/JSONObject;
    invoke-static {v2}, Lfr/valise/agent/Applier;->precheck(Lorg/json/JSONObject;)Ljava/lang/String;
    move-result-object v1
    :checked
    :try_end
    .catch Ljava/lang/Exception; {:try_start .. :try_end} :not_object
    if-eqz v1, :valid
    return-object v1
    :valid
    return-object v0
    :not_object
    const-string v0, "bundle is not a JSON object"
    return-object v0
.end method

# null when the bundle is current, else why not.
.method static checkTimes(Lorg/json/JSONObject;)Ljava/lang/String;
    .locals 9
    invoke-static {}, Ljava/lang/System;->currentTimeMillis()J
    move-result-wide v0
    const-string v2, "expires_at"
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Ljava/time/Instant;->parse(Ljava/lang/CharSequence;)Ljava/time/Instant;
    move-result-object v3
    invoke-virtual {v3}, Ljava/time/Instant;->toEpochMilli()J
    move-result-wide v3
    cmp-long v5, v3, v0
    if-gtz v5, :not_expired
    const-string v3, "bundle expired at "
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    return-object v3
    :not_expired
    const-string v2, "issued_at"
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Ljava/time/Instant;->parse(Ljava/lang/CharSequence;)Ljava/time/Instant;
    move-result-object v3
    invoke-virtual {v3}, Ljava/time/Instant;->toEpochMilli()J
    move-result-wide v3
    const-wide/32 v5, 0x493e0
    add-long/2addr v5, v0
    cmp-long v7, v3, v5
    if-lez v7, :ok
    const-string v3, "bundle issued at "
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    const-string v2, ", more than 300 s in the future"
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    return-object v3
    :ok
    const/4 v3, 0x0
    return-object v3
.end method

# APPLY: checks in the documented order, then records the pending digest, applies every area, records the
# sequence and the applied digest. A failure while applying propagates (the stream closes without an answer;
# STATUS then reports the bundle as interrupted).
.method private apply([B[B[B)Ljava/lang/String;
    .locals 11
    iget-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    const-string v1, "ca"
    const/4 v2, 0x0
    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences;->getString(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    if-nez v1, :has_ca
    const-string v0, "ERR no-ca no CA trusted yet: send TRUST first"
    return-object v0
    :has_ca
    iget-object v2, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    const-string v3, "fr.valise.agent"
    invoke-virtual {v2, v3}, Landroid/app/admin/DevicePolicyManager;->isDeviceOwnerApp(Ljava/lang/String;)Z
    move-result v3
    if-nez v3, :owner
    const-string v0, "ERR not-owner fr.valise.agent is not device owner"
    return-object v0
    :owner
    invoke-static {v1, p1, p2, p3}, Lfr/valise/agent/Agent;->checkSignature(Ljava/lang/String;[B[B[B)Ljava/lang/String;
    move-result-object v2
    if-eqz v2, :signed
    const-string v0, "ERR bad-signature "
    invoke-virtual {v0, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :signed
    invoke-static {p1}, Lfr/valise/agent/Agent;->parseBundle([B)Ljava/lang/Object;
    move-result-object v2
    instance-of v3, v2, Ljava/lang/String;
    if-eqz v3, :json_ok
    check-cast v2, Ljava/lang/String;
    const-string v0, "ERR bad-json "
    invoke-virtual {v0, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :json_ok
    check-cast v2, Lorg/json/JSONObject;
    invoke-static {v2}, Lfr/valise/agent/Agent;->checkTimes(Lorg/json/JSONObject;)Ljava/lang/String;
    move-result-object v3
    if-eqz v3, :current
    const-string v0, "ERR expired "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :current
    const-string v3, "sequence"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->getLong(Ljava/lang/String;)J
    move-result-wide v4
    invoke-interface {v0, v3}, Landroid/content/SharedPreferences;->contains(Ljava/lang/String;)Z
    move-result v6
    if-eqz v6, :fresh
    const-wide/16 v6, 0x0
    invoke-interface {v0, v3, v6, v7}, Landroid/content/SharedPreferences;->getLong(Ljava/lang/String;J)J
    move-result-wide v6
    cmp-long v8, v4, v6
    if-gtz v8, :fresh
    const-string v0, "ERR stale-sequence sequence "
    invoke-static {v4, v5}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " is not greater than last applied "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v6, v7}, Ljava/lang/String;->valueOf(J)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :fresh
    invoke-static {p1}, Lfr/valise/agent/Agent;->sha256([B)Ljava/lang/String;
    move-result-object v8
    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v9
    const-string v10, "pending"
    invoke-interface {v9, v10, v8}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;
    invoke-interface {v9}, Landroid/content/SharedPreferences$Editor;->commit()Z
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->apply(Lfr/valise/agent/Agent;Lorg/json/JSONObject;)Ljava/lang/String;
    move-result-object v9
    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v10
    const-string v3, "sequence"
    invoke-interface {v10, v3, v4, v5}, Landroid/content/SharedPreferences$Editor;->putLong(Ljava/lang/String;J)Landroid/content/SharedPreferences$Editor;
    const-string v3, "applied"
    invoke-interface {v10, v3, v8}, Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;
    const-string v3, "pending"
    invoke-interface {v10, v3}, Landroid/content/SharedPreferences$Editor;->remove(Ljava/lang/String;)Landroid/content/SharedPreferences$Editor;
    invoke-interface {v10}, Landroid/content/SharedPreferences$Editor;->commit()Z
    const-string v0, "OK "
    invoke-virtual {v0, v8}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v3, " "
    invoke-virtual {v0, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0, v9}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
