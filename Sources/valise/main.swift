import ValiseCLI

Valise.runMain()
