% RMSprop as printed in Ruder (2016), "An overview of gradient descent optimization algorithms",
% §4.6 (Hinton's lecture 6e has no LaTeX): E[g^2]_t is the running average of the squared
% gradients, with the decay 0.9 the text suggests; squares and the root are element-wise.
g_t, \theta_t, E[g^2]_{t-1} \in \mathbb{R}^{d}, \eta \in \mathbb{R}, \epsilon = 10^{-8}

E[g^2]_t = 0.9 E[g^2]_{t-1} + 0.1 g^2_t
\theta_{t+1} = \theta_{t} - \dfrac{\eta}{\sqrt{E[g^2]_t + \epsilon}} g_{t}
