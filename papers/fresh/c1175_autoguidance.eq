% Autoguidance, Karras et al. (2024), Eq. 1 form: the guided denoiser from the main model D_1 and the guiding model
% D_0 at one noisy image x of n pixels, guidance weight w
D_1(\boldsymbol{x}; \sigma), D_0(\boldsymbol{x}; \sigma) \in \mathbb{R}^{n}, w \in \mathbb{R}

D_w(\boldsymbol{x}; \sigma) = w D_1(\boldsymbol{x}; \sigma) + (1 - w) D_0(\boldsymbol{x}; \sigma)
