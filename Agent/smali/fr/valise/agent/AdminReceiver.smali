.class public Lfr/valise/agent/AdminReceiver;
.super Landroid/app/admin/DeviceAdminReceiver;
.source "AdminReceiver.smali"

# The device-admin component that `dpm set-device-owner fr.valise.agent/.AdminReceiver` names.
# Once enabled, it starts the agent service.

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/admin/DeviceAdminReceiver;-><init>()V
    return-void
.end method

.method public onEnabled(Landroid/content/Context;Landroid/content/Intent;)V
    .locals 0
    invoke-static {p1}, Lfr/valise/agent/AgentService;->start(Landroid/content/Context;)V
    return-void
.end method
