"""Signing in to the admin in a browser test, as an editor would."""


def sign_in(page, base_url, username, password):
    """Sign ``username`` in through the admin's login form and wait for the dashboard."""
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")
