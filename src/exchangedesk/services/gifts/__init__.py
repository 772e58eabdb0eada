"""Gifts given and received: the register with its custody history (``register``) and what is
kept beside each gift, its photos and thank-you letter (``records``).
"""
