.class public Lfr/valise/agent/BootReceiver;
.super Landroid/content/BroadcastReceiver;
.source "BootReceiver.smali"

# Starts the agent service when the tablet has booted.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V
    return-void
.end method

.method public onReceive(Landroid/content/Context;Landroid/content/Intent;)V
    .registers 3
    invoke-static {p1}, Lfr/valise/agent/AgentService;->start(Landroid/content/Context;)V
    return-void
.end method
