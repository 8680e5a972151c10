% Least Squares GANs, Mao et al. (2017), Eq. 2: the discriminator and generator objectives with the a-b-c coding;
% D(x) on m real samples and D(G(z)) on m generated samples are given (prose)
D(\boldsymbol{x}), D(G(\boldsymbol{z})) \in \mathbb{R}^{m}, a, b, c \in \mathbb{R}

\min_D V_{\text{LSGAN}}(D) = \frac{1}{2}\mathbb{E}_{\boldsymbol{x} \sim p_{\text{data}}(\boldsymbol{x})}\left[(D(\boldsymbol{x}) - b)^2\right] + \frac{1}{2}\mathbb{E}_{\boldsymbol{z} \sim p_{\boldsymbol{z}}(\boldsymbol{z})}\left[(D(G(\boldsymbol{z})) - a)^2\right]
\min_G V_{\text{LSGAN}}(G) = \frac{1}{2}\mathbb{E}_{\boldsymbol{z} \sim p_{\boldsymbol{z}}(\boldsymbol{z})}\left[(D(G(\boldsymbol{z})) - c)^2\right]
