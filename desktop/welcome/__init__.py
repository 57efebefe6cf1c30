"""The welcome screen: the path from photos to a LoRA in one screen, this machine's check, and what to do next."""

from desktop.welcome.page import WELCOME_SHOWN_KEY, WelcomePage, take_first_run

__all__ = ["WELCOME_SHOWN_KEY", "WelcomePage", "take_first_run"]
