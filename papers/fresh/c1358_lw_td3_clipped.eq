% Lilian Weng, "Policy Gradient Algorithms" (2018), TD3's clipped double Q-learning target for the first actor, over
% a batch of B transitions; both critics' values at (s', mu_theta1(s')) and r given per transition (prose)
Q_{w_1}(s', \mu_{\theta_1}(s')), Q_{w_2}(s', \mu_{\theta_1}(s')), r \in \mathbb{R}^{B}, \gamma \in \mathbb{R}

y_1 = r + \gamma \min_{i=1,2}Q_{w_i}(s', \mu_{\theta_1}(s'))
