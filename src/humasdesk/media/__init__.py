"""Pictures on their way out: fitted to each platform's limits, stripped of what identifies
people and places, faces found and blurred on request. No Qt: the engine, the agent and the CLI
use it as the window does."""
