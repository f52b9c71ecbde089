.class final Lfr/valise/agent/Applier;
.super Ljava/lang/Object;
.source "Applier.smali"

# Applies a checked bundle as device owner, area by area (each area idempotent), then reads the state back.
# What the agent set earlier and the bundle no longer names is undone: it keeps the SSIDs, CA certificates
# (base64 DER), packages and user restrictions it set as string sets in its SharedPreferences.

.method constructor <init>()V
    .locals 0
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

# ---- the areas -------------------------------------------------------------------------------------------

.method static apply(Lfr/valise/agent/Agent;Lorg/json/JSONObject;)Ljava/lang/String;
    .locals 5
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;

    const-string v2, "wifi"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->getJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v2
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->wifi(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V

    const-string v2, "settings"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v2
    const-string v3, "device"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v2
    const/4 v3, 0x0
    invoke-virtual {v0, v1, v3}, Landroid/app/admin/DevicePolicyManager;->setAutoTimeZoneEnabled(Landroid/content/ComponentName;Z)V
    const-string v3, "time_zone"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v1, v3}, Landroid/app/admin/DevicePolicyManager;->setTimeZone(Landroid/content/ComponentName;Ljava/lang/String;)Z
    const-string v3, "auto_time"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v4
    if-eqz v4, :filtering
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->getBoolean(Ljava/lang/String;)Z
    move-result v4
    invoke-virtual {v0, v1, v4}, Landroid/app/admin/DevicePolicyManager;->setAutoTimeEnabled(Landroid/content/ComponentName;Z)V

    :filtering
    const-string v2, "filtering"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v2
    const-string v3, "proxy"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->opt(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v3
    invoke-static {v3}, Lfr/valise/agent/Applier;->proxy(Ljava/lang/Object;)Landroid/net/ProxyInfo;
    move-result-object v3
    invoke-virtual {v0, v1, v3}, Landroid/app/admin/DevicePolicyManager;->setRecommendedGlobalProxy(Landroid/content/ComponentName;Landroid/net/ProxyInfo;)V
    const-string v3, "ca_certificates"
    invoke-virtual {v2, v3}, Lorg/json/JSONObject;->getJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v3
    invoke-static {p0, v3}, Lfr/valise/agent/Applier;->caCertificates(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V

    const-string v2, "ent"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->opt(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v2
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->ent(Lfr/valise/agent/Agent;Ljava/lang/Object;)V

    const-string v2, "restrictions"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->optJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v2
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->restrictions(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V

    const-string v2, "system_update"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->optJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v2
    invoke-static {v2}, Lfr/valise/agent/Applier;->updatePolicy(Lorg/json/JSONObject;)Landroid/app/admin/SystemUpdatePolicy;
    move-result-object v2
    invoke-virtual {v0, v1, v2}, Landroid/app/admin/DevicePolicyManager;->setSystemUpdatePolicy(Landroid/content/ComponentName;Landroid/app/admin/SystemUpdatePolicy;)V

    const-string v2, "identity"
    invoke-virtual {p1, v2}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v2
    const/4 v3, 0x0
    const-string v4, "name"
    invoke-virtual {v2, v4}, Lorg/json/JSONObject;->isNull(Ljava/lang/String;)Z
    move-result v3
    if-nez v3, :no_name
    invoke-virtual {v2, v4}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    goto :name
    :no_name
    const/4 v3, 0x0
    :name
    invoke-virtual {v0, v1, v3}, Landroid/app/admin/DevicePolicyManager;->setDeviceOwnerLockScreenInfo(Landroid/content/ComponentName;Ljava/lang/CharSequence;)V
    invoke-virtual {v0, v1, v3}, Landroid/app/admin/DevicePolicyManager;->setOrganizationName(Landroid/content/ComponentName;Ljava/lang/CharSequence;)V

    invoke-static {p0}, Lfr/valise/agent/Applier;->report(Lfr/valise/agent/Agent;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# What the builders would refuse (missing passphrase, EAP block, proxy host, update window...), checked before
# anything is applied: null when fine, else the message.
.method static precheck(Lorg/json/JSONObject;)Ljava/lang/String;
    .locals 6
    const-string v0, "wifi"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v0
    invoke-virtual {v0}, Lorg/json/JSONArray;->length()I
    move-result v1
    const/4 v2, 0x0
    :wifi_loop
    if-ge v2, v1, :filtering
    const-string v3, "wifi"
    invoke-static {v3, v2}, Lfr/valise/agent/Schema;->index(Ljava/lang/String;I)Ljava/lang/String;
    move-result-object v3
    :try_wifi
    invoke-virtual {v0, v2}, Lorg/json/JSONArray;->getJSONObject(I)Lorg/json/JSONObject;
    move-result-object v4
    invoke-static {v4}, Lfr/valise/agent/Applier;->wifiConfig(Lorg/json/JSONObject;)Landroid/net/wifi/WifiConfiguration;
    :try_wifi_end
    .catch Ljava/lang/Exception; {:try_wifi .. :try_wifi_end} :failed
    add-int/lit8 v2, v2, 0x1
    goto :wifi_loop

    :filtering
    const-string v3, "filtering.proxy"
    :try_proxy
    const-string v0, "filtering"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v0
    const-string v1, "proxy"
    invoke-virtual {v0, v1}, Lorg/json/JSONObject;->opt(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    invoke-static {v0}, Lfr/valise/agent/Applier;->proxy(Ljava/lang/Object;)Landroid/net/ProxyInfo;
    :try_proxy_end
    .catch Ljava/lang/Exception; {:try_proxy .. :try_proxy_end} :failed

    const-string v3, "system_update"
    :try_update
    invoke-virtual {p0, v3}, Lorg/json/JSONObject;->optJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v0
    invoke-static {v0}, Lfr/valise/agent/Applier;->updatePolicy(Lorg/json/JSONObject;)Landroid/app/admin/SystemUpdatePolicy;
    :try_update_end
    .catch Ljava/lang/Exception; {:try_update .. :try_update_end} :failed
    const/4 v0, 0x0
    return-object v0

    :failed
    move-exception v4
    invoke-virtual {v4}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v4
    invoke-static {v4}, Ljava/lang/String;->valueOf(Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v4
    const-string v5, ": "
    invoke-virtual {v3, v5}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v3, v4}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    return-object v3
.end method

.method static wifi(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V
    .locals 10
    iget-object v0, p0, Lfr/valise/agent/Agent;->wifi:Landroid/net/wifi/WifiManager;
    const-string v1, "wifi"
    invoke-static {p0, v1}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v1
    new-instance v2, Ljava/util/HashSet;
    invoke-direct {v2}, Ljava/util/HashSet;-><init>()V
    invoke-static {v0}, Lfr/valise/agent/Applier;->configured(Landroid/net/wifi/WifiManager;)Ljava/util/List;
    move-result-object v3
    invoke-virtual {p1}, Lorg/json/JSONArray;->length()I
    move-result v4
    const/4 v5, 0x0
    :loop
    if-ge v5, v4, :removal
    invoke-virtual {p1, v5}, Lorg/json/JSONArray;->getJSONObject(I)Lorg/json/JSONObject;
    move-result-object v6
    invoke-static {v6}, Lfr/valise/agent/Applier;->wifiConfig(Lorg/json/JSONObject;)Landroid/net/wifi/WifiConfiguration;
    move-result-object v6
    iget-object v7, v6, Landroid/net/wifi/WifiConfiguration;->SSID:Ljava/lang/String;
    invoke-static {v7}, Lfr/valise/agent/Applier;->unquote(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v8
    invoke-virtual {v2, v8}, Ljava/util/HashSet;->add(Ljava/lang/Object;)Z
    invoke-static {v3, v7}, Lfr/valise/agent/Applier;->networkId(Ljava/util/List;Ljava/lang/String;)I
    move-result v8
    if-ltz v8, :add
    iput v8, v6, Landroid/net/wifi/WifiConfiguration;->networkId:I
    invoke-virtual {v0, v6}, Landroid/net/wifi/WifiManager;->updateNetwork(Landroid/net/wifi/WifiConfiguration;)I
    goto :next
    :add
    invoke-virtual {v0, v6}, Landroid/net/wifi/WifiManager;->addNetwork(Landroid/net/wifi/WifiConfiguration;)I
    :next
    add-int/lit8 v5, v5, 0x1
    goto :loop
    :removal
    invoke-interface {v3}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v4
    :removal_loop
    invoke-interface {v4}, Ljava/util/Iterator;->hasNext()Z
    move-result v5
    if-eqz v5, :done
    invoke-interface {v4}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v5
    check-cast v5, Landroid/net/wifi/WifiConfiguration;
    iget-object v6, v5, Landroid/net/wifi/WifiConfiguration;->SSID:Ljava/lang/String;
    invoke-static {v6}, Lfr/valise/agent/Applier;->unquote(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v6
    invoke-virtual {v1, v6}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v7
    if-eqz v7, :removal_loop
    invoke-virtual {v2, v6}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v7
    if-nez v7, :removal_loop
    iget v7, v5, Landroid/net/wifi/WifiConfiguration;->networkId:I
    invoke-virtual {v0, v7}, Landroid/net/wifi/WifiManager;->removeNetwork(I)Z
    goto :removal_loop
    :done
    const-string v1, "wifi"
    invoke-static {p0, v1, v2}, Lfr/valise/agent/Applier;->store(Lfr/valise/agent/Agent;Ljava/lang/String;Ljava/util/Set;)V
    return-void
.end method

.method static configured(Landroid/net/wifi/WifiManager;)Ljava/util/List;
    .locals 1
    invoke-virtual {p0}, Landroid/net/wifi/WifiManager;->getConfiguredNetworks()Ljava/util/List;
    move-result-object v0
    if-nez v0, :done
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    :done
    return-object v0
.end method

# The networkId of the configured network whose SSID field equals QUOTED, or -1.
.method static networkId(Ljava/util/List;Ljava/lang/String;)I
    .locals 3
    invoke-interface {p0}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v0
    :loop
    invoke-interface {v0}, Ljava/util/Iterator;->hasNext()Z
    move-result v1
    if-eqz v1, :none
    invoke-interface {v0}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v1
    check-cast v1, Landroid/net/wifi/WifiConfiguration;
    iget-object v2, v1, Landroid/net/wifi/WifiConfiguration;->SSID:Ljava/lang/String;
    invoke-virtual {p1, v2}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :loop
    iget v2, v1, Landroid/net/wifi/WifiConfiguration;->networkId:I
    return v2
    :none
    const/4 v2, -0x1
    return v2
.end method

.method static quote(Ljava/lang/String;)Ljava/lang/String;
    .locals 1
    const-string v0, "\""
    invoke-virtual {v0, p0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p0
    invoke-virtual {p0, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object p0
    return-object p0
.end method

.method static unquote(Ljava/lang/String;)Ljava/lang/String;
    .locals 2
    if-eqz p0, :done
    invoke-virtual {p0}, Ljava/lang/String;->length()I
    move-result v0
    const/4 v1, 0x2
    if-lt v0, v1, :done
    const-string v1, "\""
    invoke-virtual {p0, v1}, Ljava/lang/String;->startsWith(Ljava/lang/String;)Z
    move-result v0
    if-eqz v0, :done
    invoke-virtual {p0, v1}, Ljava/lang/String;->endsWith(Ljava/lang/String;)Z
    move-result v0
    if-eqz v0, :done
    invoke-virtual {p0}, Ljava/lang/String;->length()I
    move-result v0
    add-int/lit8 v0, v0, -0x1
    const/4 v1, 0x1
    invoke-virtual {p0, v1, v0}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object p0
    :done
    return-object p0
.end method

# One bundle network as a WifiConfiguration (no side effect).
.method static wifiConfig(Lorg/json/JSONObject;)Landroid/net/wifi/WifiConfiguration;
    .locals 5
    new-instance v0, Landroid/net/wifi/WifiConfiguration;
    invoke-direct {v0}, Landroid/net/wifi/WifiConfiguration;-><init>()V
    const-string v1, "ssid"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lfr/valise/agent/Applier;->quote(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    iput-object v1, v0, Landroid/net/wifi/WifiConfiguration;->SSID:Ljava/lang/String;
    const-string v1, "hidden"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getBoolean(Ljava/lang/String;)Z
    move-result v1
    iput-boolean v1, v0, Landroid/net/wifi/WifiConfiguration;->hiddenSSID:Z
    const-string v1, "priority"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v2
    if-eqz v2, :security
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getInt(Ljava/lang/String;)I
    move-result v2
    iput v2, v0, Landroid/net/wifi/WifiConfiguration;->priority:I
    :security
    const-string v1, "security"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    const-string v2, "wpa2-psk"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :not_psk
    const/4 v2, 0x2
    goto :passphrase
    :not_psk
    const-string v2, "wpa3-sae"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :not_sae
    const/4 v2, 0x4
    :passphrase
    invoke-virtual {v0, v2}, Landroid/net/wifi/WifiConfiguration;->setSecurityParams(I)V
    const-string v1, "passphrase"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lfr/valise/agent/Applier;->quote(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    iput-object v1, v0, Landroid/net/wifi/WifiConfiguration;->preSharedKey:Ljava/lang/String;
    goto :proxy
    :not_sae
    const-string v2, "eap-peap"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :not_peap
    const/4 v2, 0x0
    goto :eap
    :not_peap
    const-string v2, "eap-tls"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-eqz v2, :open
    const/4 v2, 0x1
    :eap
    const/4 v3, 0x3
    invoke-virtual {v0, v3}, Landroid/net/wifi/WifiConfiguration;->setSecurityParams(I)V
    const-string v1, "eap"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v1
    invoke-static {v1, v2}, Lfr/valise/agent/Applier;->eap(Lorg/json/JSONObject;I)Landroid/net/wifi/WifiEnterpriseConfig;
    move-result-object v1
    iput-object v1, v0, Landroid/net/wifi/WifiConfiguration;->enterpriseConfig:Landroid/net/wifi/WifiEnterpriseConfig;
    goto :proxy
    :open
    const/4 v2, 0x0
    invoke-virtual {v0, v2}, Landroid/net/wifi/WifiConfiguration;->setSecurityParams(I)V
    :proxy
    const-string v1, "proxy"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->opt(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v1
    invoke-static {v1}, Lfr/valise/agent/Applier;->proxy(Ljava/lang/Object;)Landroid/net/ProxyInfo;
    move-result-object v1
    if-eqz v1, :done
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiConfiguration;->setHttpProxy(Landroid/net/ProxyInfo;)V
    :done
    return-object v0
.end method

# The 802.1X settings: METHOD 0 PEAP (phase 2 MSCHAPv2) or 1 TLS (client certificate and key).
.method static eap(Lorg/json/JSONObject;I)Landroid/net/wifi/WifiEnterpriseConfig;
    .locals 4
    new-instance v0, Landroid/net/wifi/WifiEnterpriseConfig;
    invoke-direct {v0}, Landroid/net/wifi/WifiEnterpriseConfig;-><init>()V
    invoke-virtual {v0, p1}, Landroid/net/wifi/WifiEnterpriseConfig;->setEapMethod(I)V
    if-nez p1, :domain
    const/4 v1, 0x3
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setPhase2Method(I)V
    :domain
    const-string v1, "domain"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setDomainSuffixMatch(Ljava/lang/String;)V
    const-string v1, "ca_certificate"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setCaCertificate(Ljava/security/cert/X509Certificate;)V
    const-string v1, "identity"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->isNull(Ljava/lang/String;)Z
    move-result v2
    if-nez v2, :password
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setIdentity(Ljava/lang/String;)V
    :password
    const-string v1, "password"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->has(Ljava/lang/String;)Z
    move-result v2
    if-eqz v2, :tls
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setPassword(Ljava/lang/String;)V
    :tls
    if-eqz p1, :done
    const-string v1, "client_certificate"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v1}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v1
    const-string v2, "client_key"
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v2
    invoke-static {v2}, Lfr/valise/agent/Applier;->parseKey(Ljava/lang/String;)Ljava/security/PrivateKey;
    move-result-object v2
    invoke-virtual {v0, v2, v1}, Landroid/net/wifi/WifiEnterpriseConfig;->setClientKeyEntry(Ljava/security/PrivateKey;Ljava/security/cert/X509Certificate;)V
    :done
    return-object v0
.end method

# A PEM PKCS#8 private key (RSA or EC), or null.
.method static parseKey(Ljava/lang/String;)Ljava/security/PrivateKey;
    .locals 1
    const-string v0, "RSA"
    invoke-static {p0, v0}, Lfr/valise/agent/Applier;->key(Ljava/lang/String;Ljava/lang/String;)Ljava/security/PrivateKey;
    move-result-object v0
    if-nez v0, :done
    const-string v0, "EC"
    invoke-static {p0, v0}, Lfr/valise/agent/Applier;->key(Ljava/lang/String;Ljava/lang/String;)Ljava/security/PrivateKey;
    move-result-object v0
    :done
    return-object v0
.end method

.method static key(Ljava/lang/String;Ljava/lang/String;)Ljava/security/PrivateKey;
    .locals 3
    :try_start
    const-string v0, "-----[A-Z0-9 ]+-----"
    const-string v1, ""
    invoke-virtual {p0, v0, v1}, Ljava/lang/String;->replaceAll(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {}, Ljava/util/Base64;->getMimeDecoder()Ljava/util/Base64$Decoder;
    move-result-object v1
    invoke-virtual {v1, v0}, Ljava/util/Base64$Decoder;->decode(Ljava/lang/String;)[B
    move-result-object v0
    new-instance v1, Ljava/security/spec/PKCS8EncodedKeySpec;
    invoke-direct {v1, v0}, Ljava/security/spec/PKCS8EncodedKeySpec;-><init>([B)V
    invoke-static {p1}, Ljava/security/KeyFactory;->getInstance(Ljava/lang/String;)Ljava/security/KeyFactory;
    move-result-object v2
    invoke-virtual {v2, v1}, Ljava/security/KeyFactory;->generatePrivate(Ljava/security/spec/KeySpec;)Ljava/security/PrivateKey;
    move-result-object v0
    :try_end
    .catch Ljava/lang/Exception; {:try_start .. :try_end} :failed
    return-object v0
    :failed
    const/4 v0, 0x0
    return-object v0
.end method

# A bundle proxy object as a ProxyInfo; null for null or type "none".
.method static proxy(Ljava/lang/Object;)Landroid/net/ProxyInfo;
    .locals 6
    if-eqz p0, :none
    sget-object v0, Lorg/json/JSONObject;->NULL:Ljava/lang/Object;
    if-eq p0, v0, :none
    check-cast p0, Lorg/json/JSONObject;
    const-string v0, "type"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "manual"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-nez v1, :manual
    const-string v1, "pac"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :none
    const-string v0, "pac_url"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    invoke-static {v0}, Landroid/net/ProxyInfo;->buildPacProxy(Landroid/net/Uri;)Landroid/net/ProxyInfo;
    move-result-object v0
    return-object v0
    :manual
    const-string v0, "host"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "port"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getInt(Ljava/lang/String;)I
    move-result v1
    new-instance v2, Ljava/util/ArrayList;
    invoke-direct {v2}, Ljava/util/ArrayList;-><init>()V
    const-string v3, "exclusions"
    invoke-virtual {p0, v3}, Lorg/json/JSONObject;->optJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v3
    if-eqz v3, :build
    invoke-virtual {v3}, Lorg/json/JSONArray;->length()I
    move-result v4
    const/4 v5, 0x0
    :loop
    if-ge v5, v4, :build
    invoke-virtual {v3, v5}, Lorg/json/JSONArray;->getString(I)Ljava/lang/String;
    move-result-object p0
    invoke-virtual {v2, p0}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    add-int/lit8 v5, v5, 0x1
    goto :loop
    :build
    invoke-static {v0, v1, v2}, Landroid/net/ProxyInfo;->buildDirectProxy(Ljava/lang/String;ILjava/util/List;)Landroid/net/ProxyInfo;
    move-result-object v0
    return-object v0
    :none
    const/4 v0, 0x0
    return-object v0
.end method

.method static caCertificates(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V
    .locals 9
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    const-string v2, "ca_certs"
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v2
    new-instance v3, Ljava/util/HashSet;
    invoke-direct {v3}, Ljava/util/HashSet;-><init>()V
    invoke-virtual {p1}, Lorg/json/JSONArray;->length()I
    move-result v4
    const/4 v5, 0x0
    :loop
    if-ge v5, v4, :removal
    invoke-virtual {p1, v5}, Lorg/json/JSONArray;->getString(I)Ljava/lang/String;
    move-result-object v6
    invoke-static {v6}, Lfr/valise/agent/Agent;->pemCert(Ljava/lang/String;)Ljava/security/cert/X509Certificate;
    move-result-object v6
    invoke-virtual {v6}, Ljava/security/cert/Certificate;->getEncoded()[B
    move-result-object v6
    invoke-virtual {v0, v1, v6}, Landroid/app/admin/DevicePolicyManager;->installCaCert(Landroid/content/ComponentName;[B)Z
    invoke-static {}, Ljava/util/Base64;->getEncoder()Ljava/util/Base64$Encoder;
    move-result-object v7
    invoke-virtual {v7, v6}, Ljava/util/Base64$Encoder;->encodeToString([B)Ljava/lang/String;
    move-result-object v7
    invoke-virtual {v3, v7}, Ljava/util/HashSet;->add(Ljava/lang/Object;)Z
    add-int/lit8 v5, v5, 0x1
    goto :loop
    :removal
    invoke-virtual {v2}, Ljava/util/HashSet;->iterator()Ljava/util/Iterator;
    move-result-object v4
    :removal_loop
    invoke-interface {v4}, Ljava/util/Iterator;->hasNext()Z
    move-result v5
    if-eqz v5, :done
    invoke-interface {v4}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v5
    check-cast v5, Ljava/lang/String;
    invoke-virtual {v3, v5}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v6
    if-nez v6, :removal_loop
    invoke-static {}, Ljava/util/Base64;->getDecoder()Ljava/util/Base64$Decoder;
    move-result-object v6
    invoke-virtual {v6, v5}, Ljava/util/Base64$Decoder;->decode(Ljava/lang/String;)[B
    move-result-object v6
    invoke-virtual {v0, v1, v6}, Landroid/app/admin/DevicePolicyManager;->uninstallCaCert(Landroid/content/ComponentName;[B)V
    goto :removal_loop
    :done
    const-string v2, "ca_certs"
    invoke-static {p0, v2, v3}, Lfr/valise/agent/Applier;->store(Lfr/valise/agent/Agent;Ljava/lang/String;Ljava/util/Set;)V
    return-void
.end method

# The ENT: Chrome's home page and bookmarks, and the ENT app's managed configuration.
.method static ent(Lfr/valise/agent/Agent;Ljava/lang/Object;)V
    .locals 9
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    const-string v2, "apps"
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v2
    new-instance v3, Ljava/util/HashSet;
    invoke-direct {v3}, Ljava/util/HashSet;-><init>()V
    if-eqz p1, :clear
    sget-object v4, Lorg/json/JSONObject;->NULL:Ljava/lang/Object;
    if-eq p1, v4, :clear
    check-cast p1, Lorg/json/JSONObject;
    new-instance v4, Landroid/os/Bundle;
    invoke-direct {v4}, Landroid/os/Bundle;-><init>()V
    const-string v5, "homepage"
    invoke-virtual {p1, v5}, Lorg/json/JSONObject;->isNull(Ljava/lang/String;)Z
    move-result v6
    if-nez v6, :bookmarks
    invoke-virtual {p1, v5}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v5
    const-string v6, "HomepageLocation"
    invoke-virtual {v4, v6, v5}, Landroid/os/BaseBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    const-string v6, "HomepageIsNewTabPage"
    const/4 v5, 0x0
    invoke-virtual {v4, v6, v5}, Landroid/os/BaseBundle;->putBoolean(Ljava/lang/String;Z)V
    :bookmarks
    const-string v5, "bookmarks"
    invoke-virtual {p1, v5}, Lorg/json/JSONObject;->getJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v5
    invoke-static {v5}, Lfr/valise/agent/Applier;->bookmarks(Lorg/json/JSONArray;)Ljava/lang/String;
    move-result-object v5
    const-string v6, "ManagedBookmarks"
    invoke-virtual {v4, v6, v5}, Landroid/os/BaseBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    const-string v5, "com.android.chrome"
    invoke-virtual {v0, v1, v5, v4}, Landroid/app/admin/DevicePolicyManager;->setApplicationRestrictions(Landroid/content/ComponentName;Ljava/lang/String;Landroid/os/Bundle;)V
    invoke-virtual {v3, v5}, Ljava/util/HashSet;->add(Ljava/lang/Object;)Z
    const-string v5, "app"
    invoke-virtual {p1, v5}, Lorg/json/JSONObject;->optJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v5
    if-eqz v5, :clear
    const-string v6, "managed_configuration"
    invoke-virtual {v5, v6}, Lorg/json/JSONObject;->getJSONObject(Ljava/lang/String;)Lorg/json/JSONObject;
    move-result-object v6
    invoke-static {v6}, Lfr/valise/agent/Applier;->toBundle(Lorg/json/JSONObject;)Landroid/os/Bundle;
    move-result-object v6
    const-string v7, "package"
    invoke-virtual {v5, v7}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v7
    invoke-virtual {v0, v1, v7, v6}, Landroid/app/admin/DevicePolicyManager;->setApplicationRestrictions(Landroid/content/ComponentName;Ljava/lang/String;Landroid/os/Bundle;)V
    invoke-virtual {v3, v7}, Ljava/util/HashSet;->add(Ljava/lang/Object;)Z
    :clear
    invoke-virtual {v2}, Ljava/util/HashSet;->iterator()Ljava/util/Iterator;
    move-result-object v4
    :clear_loop
    invoke-interface {v4}, Ljava/util/Iterator;->hasNext()Z
    move-result v5
    if-eqz v5, :done
    invoke-interface {v4}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v5
    check-cast v5, Ljava/lang/String;
    invoke-virtual {v3, v5}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v6
    if-nez v6, :clear_loop
    new-instance v6, Landroid/os/Bundle;
    invoke-direct {v6}, Landroid/os/Bundle;-><init>()V
    invoke-virtual {v0, v1, v5, v6}, Landroid/app/admin/DevicePolicyManager;->setApplicationRestrictions(Landroid/content/ComponentName;Ljava/lang/String;Landroid/os/Bundle;)V
    goto :clear_loop
    :done
    const-string v2, "apps"
    invoke-static {p0, v2, v3}, Lfr/valise/agent/Applier;->store(Lfr/valise/agent/Agent;Ljava/lang/String;Ljava/util/Set;)V
    return-void
.end method

# Chrome's ManagedBookmarks policy: [{"name":TITLE,"url":URL},...]
.method static bookmarks(Lorg/json/JSONArray;)Ljava/lang/String;
    .locals 6
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "["
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {p0}, Lorg/json/JSONArray;->length()I
    move-result v1
    const/4 v2, 0x0
    :loop
    if-ge v2, v1, :done
    if-eqz v2, :first
    const-string v3, ","
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    :first
    invoke-virtual {p0, v2}, Lorg/json/JSONArray;->getJSONObject(I)Lorg/json/JSONObject;
    move-result-object v3
    const-string v4, "{\"name\":"
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v4, "title"
    invoke-virtual {v3, v4}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-static {v4}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v4, ",\"url\":"
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v4, "url"
    invoke-virtual {v3, v4}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-static {v4}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v4, "}"
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    add-int/lit8 v2, v2, 0x1
    goto :loop
    :done
    const-string v1, "]"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# A managed configuration as a Bundle: strings, ints, longs, booleans, nested bundles, string arrays and
# bundle arrays (Android's restriction types string, integer, bool, bundle, multi-select, bundle_array).
.method static toBundle(Lorg/json/JSONObject;)Landroid/os/Bundle;
    .locals 10
    new-instance v0, Landroid/os/Bundle;
    invoke-direct {v0}, Landroid/os/Bundle;-><init>()V
    invoke-virtual {p0}, Lorg/json/JSONObject;->keys()Ljava/util/Iterator;
    move-result-object v1
    :loop
    invoke-interface {v1}, Ljava/util/Iterator;->hasNext()Z
    move-result v2
    if-eqz v2, :done
    invoke-interface {v1}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Ljava/lang/String;
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->get(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v3
    instance-of v4, v3, Ljava/lang/String;
    if-eqz v4, :not_string
    check-cast v3, Ljava/lang/String;
    invoke-virtual {v0, v2, v3}, Landroid/os/BaseBundle;->putString(Ljava/lang/String;Ljava/lang/String;)V
    goto :loop
    :not_string
    instance-of v4, v3, Ljava/lang/Integer;
    if-eqz v4, :not_int
    check-cast v3, Ljava/lang/Integer;
    invoke-virtual {v3}, Ljava/lang/Integer;->intValue()I
    move-result v4
    invoke-virtual {v0, v2, v4}, Landroid/os/BaseBundle;->putInt(Ljava/lang/String;I)V
    goto :loop
    :not_int
    instance-of v4, v3, Ljava/lang/Long;
    if-eqz v4, :not_long
    check-cast v3, Ljava/lang/Long;
    invoke-virtual {v3}, Ljava/lang/Long;->longValue()J
    move-result-wide v4
    invoke-virtual {v0, v2, v4, v5}, Landroid/os/BaseBundle;->putLong(Ljava/lang/String;J)V
    goto :loop
    :not_long
    instance-of v4, v3, Ljava/lang/Boolean;
    if-eqz v4, :not_bool
    check-cast v3, Ljava/lang/Boolean;
    invoke-virtual {v3}, Ljava/lang/Boolean;->booleanValue()Z
    move-result v4
    invoke-virtual {v0, v2, v4}, Landroid/os/BaseBundle;->putBoolean(Ljava/lang/String;Z)V
    goto :loop
    :not_bool
    instance-of v4, v3, Lorg/json/JSONObject;
    if-eqz v4, :array
    check-cast v3, Lorg/json/JSONObject;
    invoke-static {v3}, Lfr/valise/agent/Applier;->toBundle(Lorg/json/JSONObject;)Landroid/os/Bundle;
    move-result-object v3
    invoke-virtual {v0, v2, v3}, Landroid/os/Bundle;->putBundle(Ljava/lang/String;Landroid/os/Bundle;)V
    goto :loop
    :array
    check-cast v3, Lorg/json/JSONArray;
    invoke-virtual {v3}, Lorg/json/JSONArray;->length()I
    move-result v4
    const/4 v5, 0x0
    if-eqz v4, :strings
    invoke-virtual {v3, v5}, Lorg/json/JSONArray;->get(I)Ljava/lang/Object;
    move-result-object v6
    instance-of v6, v6, Ljava/lang/String;
    if-nez v6, :strings
    new-array v6, v4, [Landroid/os/Bundle;
    :bundles_loop
    if-ge v5, v4, :bundles_done
    invoke-virtual {v3, v5}, Lorg/json/JSONArray;->getJSONObject(I)Lorg/json/JSONObject;
    move-result-object v7
    invoke-static {v7}, Lfr/valise/agent/Applier;->toBundle(Lorg/json/JSONObject;)Landroid/os/Bundle;
    move-result-object v7
    aput-object v7, v6, v5
    add-int/lit8 v5, v5, 0x1
    goto :bundles_loop
    :bundles_done
    invoke-virtual {v0, v2, v6}, Landroid/os/Bundle;->putParcelableArray(Ljava/lang/String;[Landroid/os/Parcelable;)V
    goto :loop
    :strings
    new-array v6, v4, [Ljava/lang/String;
    :strings_loop
    if-ge v5, v4, :strings_done
    invoke-virtual {v3, v5}, Lorg/json/JSONArray;->getString(I)Ljava/lang/String;
    move-result-object v7
    aput-object v7, v6, v5
    add-int/lit8 v5, v5, 0x1
    goto :strings_loop
    :strings_done
    invoke-virtual {v0, v2, v6}, Landroid/os/BaseBundle;->putStringArray(Ljava/lang/String;[Ljava/lang/String;)V
    goto :loop
    :done
    return-object v0
.end method

.method static restrictions(Lfr/valise/agent/Agent;Lorg/json/JSONArray;)V
    .locals 8
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    const-string v2, "restrictions"
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v2
    new-instance v3, Ljava/util/HashSet;
    invoke-direct {v3}, Ljava/util/HashSet;-><init>()V
    if-eqz p1, :clear
    invoke-virtual {p1}, Lorg/json/JSONArray;->length()I
    move-result v4
    const/4 v5, 0x0
    :loop
    if-ge v5, v4, :clear
    invoke-virtual {p1, v5}, Lorg/json/JSONArray;->getString(I)Ljava/lang/String;
    move-result-object v6
    invoke-virtual {v0, v1, v6}, Landroid/app/admin/DevicePolicyManager;->addUserRestriction(Landroid/content/ComponentName;Ljava/lang/String;)V
    invoke-virtual {v3, v6}, Ljava/util/HashSet;->add(Ljava/lang/Object;)Z
    add-int/lit8 v5, v5, 0x1
    goto :loop
    :clear
    invoke-virtual {v2}, Ljava/util/HashSet;->iterator()Ljava/util/Iterator;
    move-result-object v4
    :clear_loop
    invoke-interface {v4}, Ljava/util/Iterator;->hasNext()Z
    move-result v5
    if-eqz v5, :done
    invoke-interface {v4}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v5
    check-cast v5, Ljava/lang/String;
    invoke-virtual {v3, v5}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v6
    if-nez v6, :clear_loop
    invoke-virtual {v0, v1, v5}, Landroid/app/admin/DevicePolicyManager;->clearUserRestriction(Landroid/content/ComponentName;Ljava/lang/String;)V
    goto :clear_loop
    :done
    const-string v2, "restrictions"
    invoke-static {p0, v2, v3}, Lfr/valise/agent/Applier;->store(Lfr/valise/agent/Agent;Ljava/lang/String;Ljava/util/Set;)V
    return-void
.end method

# The bundle's system_update as a SystemUpdatePolicy (null: absent or "none", the device default).
.method static updatePolicy(Lorg/json/JSONObject;)Landroid/app/admin/SystemUpdatePolicy;
    .locals 9
    if-eqz p0, :none
    const-string v0, "policy"
    invoke-virtual {p0, v0}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "automatic"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :not_automatic
    invoke-static {}, Landroid/app/admin/SystemUpdatePolicy;->createAutomaticInstallPolicy()Landroid/app/admin/SystemUpdatePolicy;
    move-result-object v1
    goto :freeze
    :not_automatic
    const-string v1, "postpone"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :not_postpone
    invoke-static {}, Landroid/app/admin/SystemUpdatePolicy;->createPostponeInstallPolicy()Landroid/app/admin/SystemUpdatePolicy;
    move-result-object v1
    goto :freeze
    :not_postpone
    const-string v1, "windowed"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :none
    const-string v1, "window_start"
    invoke-virtual {p0, v1}, Lorg/json/JSONObject;->getInt(Ljava/lang/String;)I
    move-result v1
    const-string v2, "window_end"
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->getInt(Ljava/lang/String;)I
    move-result v2
    invoke-static {v1, v2}, Landroid/app/admin/SystemUpdatePolicy;->createWindowedInstallPolicy(II)Landroid/app/admin/SystemUpdatePolicy;
    move-result-object v1
    :freeze
    const-string v2, "freeze_periods"
    invoke-virtual {p0, v2}, Lorg/json/JSONObject;->optJSONArray(Ljava/lang/String;)Lorg/json/JSONArray;
    move-result-object v2
    if-eqz v2, :done
    invoke-virtual {v2}, Lorg/json/JSONArray;->length()I
    move-result v3
    if-eqz v3, :done
    new-instance v4, Ljava/util/ArrayList;
    invoke-direct {v4}, Ljava/util/ArrayList;-><init>()V
    const/4 v5, 0x0
    :loop
    if-ge v5, v3, :set
    invoke-virtual {v2, v5}, Lorg/json/JSONArray;->getJSONObject(I)Lorg/json/JSONObject;
    move-result-object v6
    const-string v7, "start"
    invoke-virtual {v6, v7}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v7
    invoke-static {v7}, Lfr/valise/agent/Schema;->parseMonthDay(Ljava/lang/String;)Ljava/time/MonthDay;
    move-result-object v7
    const-string v8, "end"
    invoke-virtual {v6, v8}, Lorg/json/JSONObject;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v8
    invoke-static {v8}, Lfr/valise/agent/Schema;->parseMonthDay(Ljava/lang/String;)Ljava/time/MonthDay;
    move-result-object v8
    new-instance v6, Landroid/app/admin/FreezePeriod;
    invoke-direct {v6, v7, v8}, Landroid/app/admin/FreezePeriod;-><init>(Ljava/time/MonthDay;Ljava/time/MonthDay;)V
    invoke-virtual {v4, v6}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    add-int/lit8 v5, v5, 0x1
    goto :loop
    :set
    invoke-virtual {v1, v4}, Landroid/app/admin/SystemUpdatePolicy;->setFreezePeriods(Ljava/util/List;)Landroid/app/admin/SystemUpdatePolicy;
    :done
    return-object v1
    :none
    const/4 v1, 0x0
    return-object v1
.end method

# ---- the tracked sets ---------------------------------------------------------------------------------------

.method static stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    .locals 3
    iget-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    new-instance v1, Ljava/util/HashSet;
    invoke-direct {v1}, Ljava/util/HashSet;-><init>()V
    invoke-interface {v0, p1, v1}, Landroid/content/SharedPreferences;->getStringSet(Ljava/lang/String;Ljava/util/Set;)Ljava/util/Set;
    move-result-object v0
    new-instance v2, Ljava/util/HashSet;
    invoke-direct {v2, v0}, Ljava/util/HashSet;-><init>(Ljava/util/Collection;)V
    return-object v2
.end method

.method static store(Lfr/valise/agent/Agent;Ljava/lang/String;Ljava/util/Set;)V
    .locals 1
    iget-object v0, p0, Lfr/valise/agent/Agent;->prefs:Landroid/content/SharedPreferences;
    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;
    move-result-object v0
    invoke-interface {v0, p1, p2}, Landroid/content/SharedPreferences$Editor;->putStringSet(Ljava/lang/String;Ljava/util/Set;)Landroid/content/SharedPreferences$Editor;
    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->commit()Z
    return-void
.end method

# ---- the report: the state read back from Android, compact JSON with sorted keys ------------------------------

.method static report(Lfr/valise/agent/Agent;)Ljava/lang/String;
    .locals 6
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    new-instance v2, Ljava/lang/StringBuilder;
    const-string v3, "{\"app_restrictions\":"
    invoke-direct {v2, v3}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-static {p0}, Lfr/valise/agent/Applier;->appRestrictionsReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"auto_time\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0, v1}, Landroid/app/admin/DevicePolicyManager;->getAutoTimeEnabled(Landroid/content/ComponentName;)Z
    move-result v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Z)Ljava/lang/StringBuilder;

    const-string v3, ",\"ca_certificates\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {p0}, Lfr/valise/agent/Applier;->caReport(Lfr/valise/agent/Agent;)I
    move-result v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(I)Ljava/lang/StringBuilder;

    const-string v3, ",\"device_name\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Landroid/app/admin/DevicePolicyManager;->getDeviceOwnerLockScreenInfo()Ljava/lang/CharSequence;
    move-result-object v3
    if-nez v3, :named
    const-string v3, "null"
    goto :name_done
    :named
    invoke-interface {v3}, Ljava/lang/CharSequence;->toString()Ljava/lang/String;
    move-result-object v3
    invoke-static {v3}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    :name_done
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v0}, Landroid/app/admin/DevicePolicyManager;->getSystemUpdatePolicy()Landroid/app/admin/SystemUpdatePolicy;
    move-result-object v4
    const-string v3, ",\"freeze_periods\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {v4}, Lfr/valise/agent/Applier;->freezeReport(Landroid/app/admin/SystemUpdatePolicy;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"global_proxy\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {p0}, Lfr/valise/agent/Applier;->proxyReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    move-result-object v3
    invoke-static {v3}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"restrictions\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {p0}, Lfr/valise/agent/Applier;->restrictionsReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"system_update\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {v4}, Lfr/valise/agent/Applier;->updateReport(Landroid/app/admin/SystemUpdatePolicy;)Ljava/lang/String;
    move-result-object v3
    invoke-static {v3}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"time_zone\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const/4 v3, 0x0
    invoke-static {v3}, Ljava/util/TimeZone;->setDefault(Ljava/util/TimeZone;)V
    invoke-static {}, Ljava/util/TimeZone;->getDefault()Ljava/util/TimeZone;
    move-result-object v3
    invoke-virtual {v3}, Ljava/util/TimeZone;->getID()Ljava/lang/String;
    move-result-object v3
    invoke-static {v3}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, ",\"wifi\":"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-static {p0}, Lfr/valise/agent/Applier;->wifiReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v3, "}"
    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v2
    return-object v2
.end method

.method static appRestrictionsReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    .locals 6
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    const-string v2, "apps"
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v2
    new-instance v3, Ljava/util/ArrayList;
    invoke-direct {v3}, Ljava/util/ArrayList;-><init>()V
    invoke-virtual {v2}, Ljava/util/HashSet;->iterator()Ljava/util/Iterator;
    move-result-object v2
    :loop
    invoke-interface {v2}, Ljava/util/Iterator;->hasNext()Z
    move-result v4
    if-eqz v4, :done
    invoke-interface {v2}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v4
    check-cast v4, Ljava/lang/String;
    invoke-virtual {v0, v1, v4}, Landroid/app/admin/DevicePolicyManager;->getApplicationRestrictions(Landroid/content/ComponentName;Ljava/lang/String;)Landroid/os/Bundle;
    move-result-object v5
    if-eqz v5, :loop
    invoke-virtual {v5}, Landroid/os/BaseBundle;->isEmpty()Z
    move-result v5
    if-nez v5, :loop
    invoke-virtual {v3, v4}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    goto :loop
    :done
    invoke-static {v3}, Lfr/valise/agent/Applier;->strings(Ljava/util/Collection;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method static caReport(Lfr/valise/agent/Agent;)I
    .locals 6
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    const-string v2, "ca_certs"
    invoke-static {p0, v2}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v2
    invoke-virtual {v2}, Ljava/util/HashSet;->iterator()Ljava/util/Iterator;
    move-result-object v2
    const/4 v3, 0x0
    :loop
    invoke-interface {v2}, Ljava/util/Iterator;->hasNext()Z
    move-result v4
    if-eqz v4, :done
    invoke-interface {v2}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v4
    check-cast v4, Ljava/lang/String;
    invoke-static {}, Ljava/util/Base64;->getDecoder()Ljava/util/Base64$Decoder;
    move-result-object v5
    invoke-virtual {v5, v4}, Ljava/util/Base64$Decoder;->decode(Ljava/lang/String;)[B
    move-result-object v4
    invoke-virtual {v0, v1, v4}, Landroid/app/admin/DevicePolicyManager;->hasCaCertInstalled(Landroid/content/ComponentName;[B)Z
    move-result v4
    if-eqz v4, :loop
    add-int/lit8 v3, v3, 0x1
    goto :loop
    :done
    return v3
.end method

.method static freezeReport(Landroid/app/admin/SystemUpdatePolicy;)Ljava/lang/String;
    .locals 9
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V
    if-eqz p0, :done
    invoke-virtual {p0}, Landroid/app/admin/SystemUpdatePolicy;->getFreezePeriods()Ljava/util/List;
    move-result-object v1
    invoke-interface {v1}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v1
    :loop
    invoke-interface {v1}, Ljava/util/Iterator;->hasNext()Z
    move-result v2
    if-eqz v2, :done
    invoke-interface {v1}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Landroid/app/admin/FreezePeriod;
    const/4 v3, 0x4
    new-array v3, v3, [Ljava/lang/Object;
    invoke-virtual {v2}, Landroid/app/admin/FreezePeriod;->getStart()Ljava/time/MonthDay;
    move-result-object v4
    invoke-virtual {v2}, Landroid/app/admin/FreezePeriod;->getEnd()Ljava/time/MonthDay;
    move-result-object v5
    invoke-virtual {v4}, Ljava/time/MonthDay;->getMonthValue()I
    move-result v6
    invoke-static {v6}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    move-result-object v6
    const/4 v7, 0x0
    aput-object v6, v3, v7
    invoke-virtual {v4}, Ljava/time/MonthDay;->getDayOfMonth()I
    move-result v6
    invoke-static {v6}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    move-result-object v6
    const/4 v7, 0x1
    aput-object v6, v3, v7
    invoke-virtual {v5}, Ljava/time/MonthDay;->getMonthValue()I
    move-result v6
    invoke-static {v6}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    move-result-object v6
    const/4 v7, 0x2
    aput-object v6, v3, v7
    invoke-virtual {v5}, Ljava/time/MonthDay;->getDayOfMonth()I
    move-result v6
    invoke-static {v6}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    move-result-object v6
    const/4 v7, 0x3
    aput-object v6, v3, v7
    sget-object v7, Ljava/util/Locale;->ROOT:Ljava/util/Locale;
    const-string v8, "%02d-%02d/%02d-%02d"
    invoke-static {v7, v8, v3}, Ljava/lang/String;->format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    goto :loop
    :done
    invoke-static {v0}, Lfr/valise/agent/Applier;->array(Ljava/util/List;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# "HOST:PORT", "pac:URL" or "none": the proxy Android now uses by default.
.method static proxyReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    .locals 3
    iget-object v0, p0, Lfr/valise/agent/Agent;->cm:Landroid/net/ConnectivityManager;
    invoke-virtual {v0}, Landroid/net/ConnectivityManager;->getDefaultProxy()Landroid/net/ProxyInfo;
    move-result-object v0
    if-nez v0, :some
    const-string v0, "none"
    return-object v0
    :some
    invoke-virtual {v0}, Landroid/net/ProxyInfo;->getPacFileUrl()Landroid/net/Uri;
    move-result-object v1
    if-eqz v1, :direct
    invoke-virtual {v1}, Landroid/net/Uri;->toString()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v1}, Ljava/lang/String;->isEmpty()Z
    move-result v2
    if-nez v2, :direct
    const-string v2, "pac:"
    invoke-virtual {v2, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    return-object v1
    :direct
    invoke-virtual {v0}, Landroid/net/ProxyInfo;->getHost()Ljava/lang/String;
    move-result-object v1
    const-string v2, ":"
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0}, Landroid/net/ProxyInfo;->getPort()I
    move-result v2
    invoke-static {v2}, Ljava/lang/String;->valueOf(I)Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method

.method static restrictionsReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    .locals 5
    iget-object v0, p0, Lfr/valise/agent/Agent;->dpm:Landroid/app/admin/DevicePolicyManager;
    iget-object v1, p0, Lfr/valise/agent/Agent;->admin:Landroid/content/ComponentName;
    invoke-virtual {v0, v1}, Landroid/app/admin/DevicePolicyManager;->getUserRestrictions(Landroid/content/ComponentName;)Landroid/os/Bundle;
    move-result-object v0
    new-instance v1, Ljava/util/ArrayList;
    invoke-direct {v1}, Ljava/util/ArrayList;-><init>()V
    invoke-virtual {v0}, Landroid/os/BaseBundle;->keySet()Ljava/util/Set;
    move-result-object v2
    invoke-interface {v2}, Ljava/util/Set;->iterator()Ljava/util/Iterator;
    move-result-object v2
    :loop
    invoke-interface {v2}, Ljava/util/Iterator;->hasNext()Z
    move-result v3
    if-eqz v3, :done
    invoke-interface {v2}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Ljava/lang/String;
    invoke-virtual {v0, v3}, Landroid/os/BaseBundle;->getBoolean(Ljava/lang/String;)Z
    move-result v4
    if-eqz v4, :loop
    invoke-virtual {v1, v3}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    goto :loop
    :done
    invoke-static {v1}, Lfr/valise/agent/Applier;->strings(Ljava/util/Collection;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# "automatic", "windowed:START-END", "postpone" or "none"
.method static updateReport(Landroid/app/admin/SystemUpdatePolicy;)Ljava/lang/String;
    .locals 3
    if-eqz p0, :none
    invoke-virtual {p0}, Landroid/app/admin/SystemUpdatePolicy;->getPolicyType()I
    move-result v0
    const/4 v1, 0x1
    if-ne v0, v1, :not_automatic
    const-string v0, "automatic"
    return-object v0
    :not_automatic
    const/4 v1, 0x3
    if-ne v0, v1, :not_postpone
    const-string v0, "postpone"
    return-object v0
    :not_postpone
    const/4 v1, 0x2
    if-ne v0, v1, :none
    const-string v0, "windowed:"
    invoke-virtual {p0}, Landroid/app/admin/SystemUpdatePolicy;->getInstallWindowStart()I
    move-result v1
    invoke-static {v1}, Ljava/lang/String;->valueOf(I)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "-"
    invoke-virtual {v0, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    invoke-virtual {p0}, Landroid/app/admin/SystemUpdatePolicy;->getInstallWindowEnd()I
    move-result v1
    invoke-static {v1}, Ljava/lang/String;->valueOf(I)Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0, v1}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
    :none
    const-string v0, "none"
    return-object v0
.end method

.method static wifiReport(Lfr/valise/agent/Agent;)Ljava/lang/String;
    .locals 5
    const-string v0, "wifi"
    invoke-static {p0, v0}, Lfr/valise/agent/Applier;->stored(Lfr/valise/agent/Agent;Ljava/lang/String;)Ljava/util/HashSet;
    move-result-object v0
    new-instance v1, Ljava/util/ArrayList;
    invoke-direct {v1}, Ljava/util/ArrayList;-><init>()V
    iget-object v2, p0, Lfr/valise/agent/Agent;->wifi:Landroid/net/wifi/WifiManager;
    invoke-static {v2}, Lfr/valise/agent/Applier;->configured(Landroid/net/wifi/WifiManager;)Ljava/util/List;
    move-result-object v2
    invoke-interface {v2}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v2
    :loop
    invoke-interface {v2}, Ljava/util/Iterator;->hasNext()Z
    move-result v3
    if-eqz v3, :done
    invoke-interface {v2}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Landroid/net/wifi/WifiConfiguration;
    iget-object v3, v3, Landroid/net/wifi/WifiConfiguration;->SSID:Ljava/lang/String;
    invoke-static {v3}, Lfr/valise/agent/Applier;->unquote(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/util/HashSet;->contains(Ljava/lang/Object;)Z
    move-result v4
    if-eqz v4, :loop
    invoke-virtual {v1, v3}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z
    goto :loop
    :done
    invoke-static {v1}, Lfr/valise/agent/Applier;->strings(Ljava/util/Collection;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# ---- JSON text ------------------------------------------------------------------------------------------------

# A JSON string: only '"', '\' and control characters are escaped (as \u00XX); '/' and non-ASCII are kept.
.method static json(Ljava/lang/String;)Ljava/lang/String;
    .locals 7
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    const/16 v1, 0x22
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    invoke-virtual {p0}, Ljava/lang/String;->length()I
    move-result v2
    const/4 v3, 0x0
    :loop
    if-ge v3, v2, :done
    invoke-virtual {p0, v3}, Ljava/lang/String;->charAt(I)C
    move-result v4
    if-eq v4, v1, :escape
    const/16 v5, 0x5c
    if-eq v4, v5, :escape
    const/16 v5, 0x20
    if-ge v4, v5, :plain
    const/4 v5, 0x1
    new-array v5, v5, [Ljava/lang/Object;
    invoke-static {v4}, Ljava/lang/Integer;->valueOf(I)Ljava/lang/Integer;
    move-result-object v6
    const/4 v4, 0x0
    aput-object v6, v5, v4
    sget-object v4, Ljava/util/Locale;->ROOT:Ljava/util/Locale;
    const-string v6, "\\u%04x"
    invoke-static {v4, v6, v5}, Ljava/lang/String;->format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    goto :next
    :escape
    const/16 v5, 0x5c
    invoke-virtual {v0, v5}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    :plain
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    :next
    add-int/lit8 v3, v3, 0x1
    goto :loop
    :done
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# A JSON array of the strings, sorted.
.method static strings(Ljava/util/Collection;)Ljava/lang/String;
    .locals 1
    new-instance v0, Ljava/util/ArrayList;
    invoke-direct {v0, p0}, Ljava/util/ArrayList;-><init>(Ljava/util/Collection;)V
    invoke-static {v0}, Ljava/util/Collections;->sort(Ljava/util/List;)V
    invoke-static {v0}, Lfr/valise/agent/Applier;->array(Ljava/util/List;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# A JSON array of the strings, in list order.
.method static array(Ljava/util/List;)Ljava/lang/String;
    .locals 4
    new-instance v0, Ljava/lang/StringBuilder;
    const-string v1, "["
    invoke-direct {v0, v1}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-interface {p0}, Ljava/util/List;->size()I
    move-result v1
    const/4 v2, 0x0
    :loop
    if-ge v2, v1, :done
    if-eqz v2, :first
    const/16 v3, 0x2c
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    :first
    invoke-interface {p0, v2}, Ljava/util/List;->get(I)Ljava/lang/Object;
    move-result-object v3
    check-cast v3, Ljava/lang/String;
    invoke-static {v3}, Lfr/valise/agent/Applier;->json(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    add-int/lit8 v2, v2, 0x1
    goto :loop
    :done
    const/16 v1, 0x5d
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(C)Ljava/lang/StringBuilder;
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method
