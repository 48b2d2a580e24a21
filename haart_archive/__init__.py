"""HAART Archive: an encrypted archive of survivors' testimonies."""

__version__ = "0.1.0"
