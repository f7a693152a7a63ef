"""Errors that carry a message meant for the user, already translated."""


class UserInputError(ValueError):
    """The user asked for something that cannot be done as asked; nothing was changed."""
