"""The composer's parts, one responsibility each; ``ui/pages/compose.py`` lays them out."""
