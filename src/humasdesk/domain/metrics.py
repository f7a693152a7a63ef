"""What an adapter reads of a published post's reactions and of an account's audience.

Metric names are the product's own (the keys below), mapped from each platform's names by its
adapter. Pure data, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The product's metric names; an adapter fills those its platform serves.
LIKES = "likes"
REPOSTS = "reposts"  # reposts, boosts, shares, retweets
REPLIES = "replies"  # replies and comments
QUOTES = "quotes"
VIEWS = "views"  # views / media views / impressions, where the platform still serves them
REACH = "reach"  # unique accounts reached
CLICKS = "clicks"  # link clicks
SAVES = "saves"
SHARES = "shares"  # sent on to others (Instagram and Threads "shares"), apart from reposts
INTERACTIONS = "interactions"  # the platform's own total (Instagram total_interactions)
METRIC_NAMES = (LIKES, REPOSTS, REPLIES, QUOTES, VIEWS, REACH, CLICKS, SAVES, SHARES,
                INTERACTIONS)
# What counts as a reaction (best time, reactions per post): what people did, not what they saw.
REACTION_NAMES = (LIKES, REPOSTS, REPLIES, QUOTES, SHARES)


@dataclass(frozen=True)
class PostMetrics:
    """One reading of one published post.

    ``values`` holds what arrived. ``unavailable`` maps a metric the adapter asked for and did
    not get to a short, translated reason (retired by the platform, not permitted, failed), so
    one failing metric never hides the others. ``deleted`` says the post is gone from the
    platform: then ``values`` is empty and nothing is counted as zero.
    """

    values: dict[str, int] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    deleted: bool = False


@dataclass(frozen=True)
class AudienceSnapshot:
    """The account's audience at one moment (taken once a day)."""

    followers: int | None
    unavailable_reason: str = ""  # why followers is None (Telegram bots have no statistics)
