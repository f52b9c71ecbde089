.class final Lfr/valise/agent/Schema;
.super Ljava/lang/Object;
.source "Schema.smali"

# The bundle schema and a strict checker: every key must be known, every value of the right type.
# Schema language (a JSON value):
#   "int" "bool" "string" "date" (RFC 3339) "md" (MM-DD) "cert" (PEM X.509) "key" (PEM PKCS#8)
#   "config" (object of string/int/bool/object/array) "int1" (the integer 1) "enum:a|b|c";
#   a trailing "?" on a type allows null; a trailing "?" on an object key makes the key optional;
#   [T] an array of T; {"*null":1, ...} an object that may be null.

.method constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method static schema()Lorg/json/JSONObject;
    .registers 2
    new-instance v0, Lorg/json/JSONObject;
    const-string v1, "{\"agent\":{\"component\":\"string\",\"package\":\"string\"},\"apps\":{\"install\":[{\"min_version_code?\":\"int?\",\"order\":\"int\",\"package\":\"string\",\"sha256\":\"string\"}],\"remove\":[\"string\"]},\"ent\":{\"*null\":1,\"app\":{\"*null\":1,\"managed_configuration\":\"config\",\"package\":\"string\"},\"bookmarks\":[{\"title\":\"string\",\"url\":\"string\"}],\"cas_url?\":\"string?\",\"homepage?\":\"string?\",\"name?\":\"string?\",\"portal_url?\":\"string?\",\"sso?\":\"string?\"},\"expires_at\":\"date\",\"filtering\":{\"ca_certificates\":[\"cert\"],\"proxy\":{\"*null\":1,\"exclusions?\":[\"string\"],\"host?\":\"string?\",\"pac_url?\":\"string?\",\"port?\":\"int?\",\"type\":\"enum:none|manual|pac\"}},\"format\":\"int1\",\"identity\":{\"case?\":\"string?\",\"class?\":\"string?\",\"name?\":\"string?\",\"school?\":\"string?\",\"school_code?\":\"string?\",\"serial?\":\"string?\",\"slot?\":\"int?\"},\"issued_at\":\"date\",\"restrictions?\":[\"string\"],\"sequence\":\"int\",\"settings\":{\"device\":{\"auto_time?\":\"bool\",\"disable_apps\":[\"string\"],\"locale\":\"string\",\"screen_timeout_seconds?\":\"int\",\"stay_awake_while_charging?\":\"bool\",\"time_zone\":\"string\"}},\"system_update?\":{\"freeze_periods?\":[{\"end\":\"md\",\"start\":\"md\"}],\"policy\":\"enum:automatic|windowed|postpone|none\",\"window_end?\":\"int\",\"window_start?\":\"int\"},\"wifi\":[{\"eap?\":{\"ca_certificate\":\"cert\",\"client_certificate?\":\"cert\",\"client_key?\":\"key\",\"domain\":\"string\",\"identity\":\"string?\",\"password?\":\"string\"},\"hidden\":\"bool\",\"passphrase?\":\"string\",\"priority?\":\"int\",\"proxy\":{\"exclusions?\":[\"string\"],\"host?\":\"string?\",\"pac_url?\":\"string?\",\"port?\":\"int?\",\"type\":\"enum:none|manual|pac\"},\"security\":\"enum:open|wpa2-psk|wpa3-sae|eap-peap|eap-tls\",\"ssid\":\"string\"}]}"
    invoke-direct {v0, v1}, Lorg/json/JSONObject;-><init>(Ljava/lang/String;)V
    return-object v0
.end method

# "field \"PATH\" must be WHAT"
.method static bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .locals 1
    const-string v0, "field \""
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string p0, "\" must be "
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# PATH.KEY, or KEY at the top
.method static join(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .locals 1
    invoke-virtual {p0}, Ljava/lang/String;->isEmpty()Z
    move-result v0
    if-eqz v0, :dot
    return-object p1
    :dot
    const-string v0, "."
    invoke-virtual {p0, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-virtual {v0, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# PATH[I]
.method static index(Ljava/lang/String;I)Ljava/lang/String;
    .locals 1
    const-string v0, "["
    invoke-virtual {p0, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p0
    invoke-static {p1}, Ljava/lang/String;->valueOf(I)Ljava/lang/String;
    move-result-object v0
    invoke-virtual {p0, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p0
    const-string v0, "]"
    invoke-virtual {p0, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p0
    return-object p0
.end method

# null when VALUE matches SCHEMA, else the error message (naming the key path)
.method static check(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    .locals 8
    instance-of v0, p1, Ljava/lang/String;
    if-eqz v0, :not_scalar
    check-cast p1, Ljava/lang/String;
    invoke-static {p0, p1, p2}, Lfr/valise/agent/Schema;->scalar(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0

    :not_scalar
    instance-of v0, p1, Lorg/json/JSONArray;
    if-eqz v0, :object
    instance-of v0, p0, Lorg/json/JSONArray;
    if-nez v0, :array_ok
    const-string v0, "an array"
    invoke-static {p2, v0}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :array_ok
    check-cast p0, Lorg/json/JSONArray;
    check-cast p1, Lorg/json/JSONArray;
    const/4 v0, 0x0
    invoke-virtual {p1, v0}, Lorg/json/JSONArray;->get(I)Ljava/lang/Object;
    move-result-object v1
    invoke-virtual {p0}, Lorg/json/JSONArray;->length()I
    move-result v2
    :array_loop
    if-ge v0, v2, :array_done
    invoke-virtual {p0, v0}, Lorg/json/JSONArray;->get(I)Ljava/lang/Object;
    move-result-object v3
    invoke-static {p2, v0}, Lfr/valise/agent/Schema;->index(Ljava/lang/String;I)Ljava/lang/String;
    move-result-object v4
    invoke-static {v3, v1, v4}, Lfr/valise/agent/Schema;->check(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    if-eqz v3, :array_next
    return-object v3
    :array_next
    add-int/lit8 v0, v0, 0x1
    goto :array_loop
    :array_done
    const/4 v0, 0x0
    return-object v0

    :object
    check-cast p1, Lorg/json/JSONObject;
    sget-object v0, Lorg/json/JSONObject;->NULL:Ljava/lang/Object;
    if-ne p0, v0, :object_value
    const-string v0, "*null"
    invoke-virtual {p1, v0}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v0
    if-eqz v0, :object_value
    const/4 v0, 0x0
    return-object v0
    :object_value
    instance-of v0, p0, Lorg/json/JSONObject;
    if-nez v0, :object_ok
    const-string v0, "an object"
    invoke-static {p2, v0}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :object_ok
    check-cast p0, Lorg/json/JSONObject;
    invoke-virtual {p0}, Lorg/json/JSONObject;->keys()Ljava/util/Iterator;
    move-result-object v0
    :keys_loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :schema_keys
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    const-string v2, "*"
    invoke-virtual {v1, v2}, Ljava/lang/String;->startsWith(Ljava/lang/String;)Z
    move-result v2
    if-nez v2, :unknown
    invoke-virtual {p1, v1}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v2
    if-nez v2, :keys_loop
    const-string v2, "?"
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v2
    if-nez v2, :keys_loop
    :unknown
    invoke-static {p2, v1}, Lfr/valise/agent/Schema;->join(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    const-string v2, "unknown key \""
    invoke-virtual {v2, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    const-string v1, "\""
    invoke-virtual {v2, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    return-object v2

    :schema_keys
    invoke-virtual {p1}, Lorg/json/JSONObject;->keys()Ljava/util/Iterator;
    move-result-object v0
    :schema_loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :done
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    const-string v2, "*"
    invoke-virtual {v1, v2}, Ljava/lang/String;->startsWith(Ljava/lang/String;)Z
    move-result v2
    if-nez v2, :schema_loop
    move-object v3, v1
    const-string v2, "?"
    invoke-virtual {v1, v2}, Ljava/lang/String;->endsWith(Ljava/lang/String;)Z
    move-result v4
    if-eqz v4, :named
    invoke-virtual {v1}, Ljava/lang/String;->length()I
    move-result v5
    add-int/lit8 v5, v5, -0x1
    const/4 v6, 0x0
    invoke-virtual {v1, v6, v5}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object v3
    :named
    invoke-static {p2, v3}, Lfr/valise/agent/Schema;->join(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v5
    invoke-virtual {p0, v3}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v6
    if-nez v6, :present
    if-nez v4, :schema_loop
    const-string v2, "missing field \""
    invoke-virtual {v2, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    const-string v5, "\""
    invoke-virtual {v2, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    return-object v2
    :present
    invoke-virtual {p0, v3}, Lorg/json/JSONObject;->get(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v6
    invoke-virtual {p1, v1}, Lorg/json/JSONObject;->get(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v7
    invoke-static {v6, v7, v5}, Lfr/valise/agent/Schema;->check(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v6
    if-eqz v6, :schema_loop
    return-object v6
    :done
    const/4 v0, 0x0
    return-object v0
.end method

# A scalar type: null when VALUE is one, else the error message.
.method static scalar(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .locals 5
    const-string v0, "?"
    invoke-virtual {p1, v0}, Ljava/lang/String;->endsWith(Ljava/lang/String;)Z
    move-result v0
    if-eqz v0, :required
    sget-object v0, Lorg/json/JSONObject;->NULL:Ljava/lang/Object;
    if-ne p0, v0, :strip
    const/4 v0, 0x0
    return-object v0
    :strip
    invoke-virtual {p1}, Ljava/lang/String;->length()I
    move-result v0
    add-int/lit8 v0, v0, -0x1
    const/4 v1, 0x0
    invoke-virtual {p1, v1, v0}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object p1
    :required

    const-string v1, "int"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_int1
    const-string v1, "an integer"
    instance-of v0, p0, Ljava/lang/Integer;
    if-nez v0, :ok
    instance-of v0, p0, Ljava/lang/Long;
    goto :result

    :t_int1
    const-string v1, "int1"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_bool
    const-string v1, "the integer 1"
    instance-of v0, p0, Ljava/lang/Integer;
    if-eqz v0, :bad
    check-cast p0, Ljava/lang/Integer;
    invoke-virtual {p0}, Ljava/lang/Integer;->intValue()I
    move-result v2
    const/4 v3, 0x1
    if-ne v2, v3, :bad
    goto :ok

    :t_bool
    const-string v1, "bool"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_string
    const-string v1, "a boolean"
    instance-of v0, p0, Ljava/lang/Boolean;
    goto :result

    :t_string
    const-string v1, "string"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_config
    const-string v1, "a string"
    instance-of v0, p0, Ljava/lang/String;
    goto :result

    :t_config
    const-string v1, "config"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :stringly
    invoke-static {p0, p2}, Lfr/valise/agent/Schema;->config(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0

    # the remaining types are strings with a format
    :stringly
    const-string v1, "a string"
    instance-of v0, p0, Ljava/lang/String;
    if-eqz v0, :bad
    check-cast p0, Ljava/lang/String;

    const-string v1, "date"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_md
    const-string v1, "an RFC 3339 date-time like 2026-12-05T10:00:00Z"
    invoke-static {p0}, Lfr/valise/agent/Schema;->instant(Ljava/lang/String;)Z
    move-result v0
    goto :result

    :t_md
    const-string v1, "md"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_cert
    const-string v1, "a MM-DD date"
    invoke-static {p0}, Lfr/valise/agent/Schema;->monthDay(Ljava/lang/String;)Z
    move-result v0
    goto :result

    :t_cert
    const-string v1, "cert"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_key
    const-string v1, "a PEM X.509 certificate"
    invoke-static {p0}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v2
    if-eqz v2, :bad
    goto :ok

    :t_key
    const-string v1, "key"
    invoke-virtual {v1, p1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :t_enum
    const-string v1, "a PEM PKCS#8 private key"
    invoke-static {p0}, Lfr/valise/agent/Applier;->parseKey(Ljava/lang/String;)Ljava/security/PrivateKey;
    move-result-object v2
    if-eqz v2, :bad
    goto :ok

    :t_enum
    const-string v1, "enum:"
    invoke-virtual {p1, v1}, Ljava/lang/String;->startsWith(Ljava/lang/String;)Z
    move-result v2
    if-eqz v2, :unknown_type
    const/4 v2, 0x5
    invoke-virtual {p1, v2}, Ljava/lang/String;->substring(I)Ljava/lang/String;
    move-result-object v2
    const-string v1, "one of "
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    const-string v3, "|"
    invoke-virtual {v3, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v2, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v3, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v4, v3}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v2, v4}, Ljava/lang/String;->contains(Ljava/lang/CharSequence;)Z
    move-result v0
    goto :result

    :unknown_type
    const-string v1, "of the unknown schema type "
    invoke-virtual {v1, p1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    goto :bad

    :result
    if-eqz v0, :bad
    :ok
    const/4 v0, 0x0
    return-object v0
    :bad
    invoke-static {p2, v1}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method static instant(Ljava/lang/String;)Z
    .locals 1
    :try_start
    invoke-static {p0}, Ljava/time/Instant;->parse(Ljava/lang/CharSequence;)Ljava/time/Instant;
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :catch
    const/4 v0, 0x1
    return v0
    :catch
    const/4 v0, 0x0
    return v0
.end method

.method static monthDay(Ljava/lang/String;)Z
    .locals 2
    const-string v0, "[0-9][0-9]-[0-9][0-9]"
    invoke-virtual {p0, v0}, Ljava/lang/String;->matches(Ljava/lang/String;)Z
    move-result v0
    if-eqz v0, :no
    :try_start
    invoke-static {p0}, Lfr/valise/agent/Schema;->parseMonthDay(Ljava/lang/String;)Ljava/time/MonthDay;
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :no
    const/4 v0, 0x1
    return v0
    :no
    const/4 v0, 0x0
    return v0
.end method

# "MM-DD" -> MonthDay
.method static parseMonthDay(Ljava/lang/String;)Ljava/time/MonthDay;
    .locals 1
    const-string v0, "--"
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Ljava/time/MonthDay;->parse(Ljava/lang/CharSequence;)Ljava/time/MonthDay;
    move-result-object v0
    return-object v0
.end method

# A managed configuration: an object whose values are strings, integers, booleans, objects (the same) or
# arrays (all strings, or all such objects).
.method static config(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    .locals 4
    instance-of v0, p0, Lorg/json/JSONObject;
    if-nez v0, :object
    const-string v0, "an object"
    invoke-static {p1, v0}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :object
    check-cast p0, Lorg/json/JSONObject;
    invoke-virtual {p0}, Lorg/json/JSONObject;->keys()Ljava/util/Iterator;
    move-result-object v0
    :loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :done
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Ljava/lang/String;
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->get(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v2
    invoke-static {p1, v1}, Lfr/valise/agent/Schema;->join(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-static {v2, v3}, Lfr/valise/agent/Schema;->configValue(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    if-eqz v2, :loop
    return-object v2
    :done
    const/4 v0, 0x0
    return-object v0
.end method

.method static configValue(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    .locals 6
    instance-of v0, p0, Ljava/lang/String;
    if-nez v0, :ok
    instance-of v0, p0, Ljava/lang/Integer;
    if-nez v0, :ok
    instance-of v0, p0, Ljava/lang/Long;
    if-nez v0, :ok
    instance-of v0, p0, Ljava/lang/Boolean;
    if-nez v0, :ok
    instance-of v0, p0, Lorg/json/JSONObject;
    if-eqz v0, :array
    invoke-static {p0, p1}, Lfr/valise/agent/Schema;->config(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :array
    instance-of v0, p0, Lorg/json/JSONArray;
    if-nez v0, :is_array
    const-string v0, "a string, integer, boolean, object or array"
    invoke-static {p1, v0}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :is_array
    check-cast p0, Lorg/json/JSONArray;
    invoke-virtual {p0}, Lorg/json/JSONArray;->length()I
    move-result v0
    if-eqz v0, :ok
    const/4 v1, 0x0
    invoke-virtual {p0, v1}, Lorg/json/JSONArray;->get(I)Ljava/lang/Object;
    move-result-object v2
    instance-of v2, v2, Ljava/lang/String;
    :loop
    if-ge v1, v0, :ok
    invoke-virtual {p0, v1}, Lorg/json/JSONArray;->get(I)Ljava/lang/Object;
    move-result-object v3
    invoke-static {p1, v1}, Lfr/valise/agent/Schema;->index(Ljava/lang/String;I)Ljava/lang/String;
    move-result-object v4
    if-eqz v2, :objects
    instance-of v5, v3, Ljava/lang/String;
    if-nez v5, :next
    const-string v5, "a string, as the array's first element"
    invoke-static {v4, v5}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v5
    return-object v5
    :objects
    instance-of v5, v3, Lorg/json/JSONObject;
    if-nez v5, :object_element
    const-string v5, "an object, or all the array's elements strings"
    invoke-static {v4, v5}, Lfr/valise/agent/Schema;->bad(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v5
    return-object v5
    :object_element
    invoke-static {v3, v4}, Lfr/valise/agent/Schema;->config(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v5
    if-eqz v5, :next
    return-object v5
    :next
    add-int/lit8 v1, v1, 0x1
    goto :loop
    :ok
    const/4 v0, 0x0
    return-object v0
.end method
