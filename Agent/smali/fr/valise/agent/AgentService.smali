.class public Lfr/valise/agent/AgentService;
.super Landroid/app/Service;
.source "AgentService.smali"

# The foreground service that owns the socket. Started by AdminReceiver, BootReceiver, or by the host with
# `am start-foreground-service -n fr.valise.agent/.AgentService`.

.field server:Lfr/valise/agent/Server;

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Service;-><init>()V
    return-void
.end method

.method public static start(Landroid/content/Context;)V
    .locals 2
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lfr/valise/agent/AgentService;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startForegroundService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method

.method public onCreate()V
    .locals 5
    invoke-super {p0}, Landroid/app/Service;->onCreate()V
    const-string v0, "notification"
    invoke-virtual {p0, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/app/NotificationManager;
    new-instance v1, Landroid/app/NotificationChannel;
    const-string v2, "valise"
    const-string v3, "Valise agent"
    const/4 v4, 0x2
    invoke-direct {v1, v2, v3, v4}, Landroid/app/NotificationChannel;-><init>(Ljava/lang/String;Ljava/lang/CharSequence;I)V
    invoke-virtual {v0, v1}, Landroid/app/NotificationManager;->createNotificationChannel(Landroid/app/NotificationChannel;)V
    new-instance v1, Landroid/app/Notification$Builder;
    invoke-direct {v1, p0, v2}, Landroid/app/Notification$Builder;-><init>(Landroid/content/Context;Ljava/lang/String;)V
    const v2, 0x0108002f
    invoke-virtual {v1, v2}, Landroid/app/Notification$Builder;->setSmallIcon(I)Landroid/app/Notification$Builder;
    invoke-virtual {v1, v3}, Landroid/app/Notification$Builder;->setContentTitle(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;
    const-string v2, "Managed by the school"
    invoke-virtual {v1, v2}, Landroid/app/Notification$Builder;->setContentText(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;
    const/4 v2, 0x1
    invoke-virtual {v1, v2}, Landroid/app/Notification$Builder;->setOngoing(Z)Landroid/app/Notification$Builder;
    invoke-virtual {v1}, Landroid/app/Notification$Builder;->build()Landroid/app/Notification;
    move-result-object v1
    invoke-virtual {p0, v2, v1}, Landroid/app/Service;->startForeground(ILandroid/app/Notification;)V
    iget-object v0, p0, Lfr/valise/agent/AgentService;->server:Lfr/valise/agent/Server;
    if-nez v0, :started
    new-instance v0, Lfr/valise/agent/Agent;
    invoke-direct {v0, p0}, Lfr/valise/agent/Agent;-><init>(Landroid/content/Context;)V
    new-instance v1, Lfr/valise/agent/Server;
    invoke-direct {v1, v0}, Lfr/valise/agent/Server;-><init>(Lfr/valise/agent/Agent;)V
    iput-object v1, p0, Lfr/valise/agent/AgentService;->server:Lfr/valise/agent/Server;
    new-instance v0, Ljava/lang/Thread;
    const-string v2, "valise-agent"
    invoke-direct {v0, v1, v2}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;Ljava/lang/String;)V
    invoke-virtual {v0}, Ljava/lang/Thread;->start()V
    :started
    return-void
.end method

.method public onStartCommand(Landroid/content/Intent;II)I
    .locals 1
    const/4 v0, 0x1
    return v0
.end method

.method public onBind(Landroid/content/Intent;)Landroid/os/IBinder;
    .locals 1
    const/4 v0, 0x0
    return-object v0
.end method

.method public onDestroy()V
    .locals 1
    iget-object v0, p0, Lfr/valise/agent/AgentService;->server:Lfr/valise/agent/Server;
    if-eqz v0, :done
    invoke-virtual {v0}, Lfr/valise/agent/Server;->close()V
    :done
    invoke-super {p0}, Landroid/app/Service;->onDestroy()V
    return-void
.end method
