"""The welcome screen: the path from photos to a LoRA in one screen, this machine's check, and what to do next."""

from desktop.welcome.page import WELCOME_SHOWN_KEY, WelcomePage, take_first_run
from desktop.welcome.start import DEMO, NEW, OPEN, StartButtons

__all__ = ["DEMO", "NEW", "OPEN", "WELCOME_SHOWN_KEY", "StartButtons", "WelcomePage", "take_first_run"]
