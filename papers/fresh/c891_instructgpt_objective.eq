% InstructGPT, Ouyang et al. (2022), Eq. 2: the PPO-ptx objective; per sampled (x, y) of a batch of B the reward and
% the two policies' probabilities, and the RL policy's probabilities of M pretraining texts (prose)
r_\theta(x, y), \pi_\phi^{\mathrm{RL}}(y \mid x), \pi^{\mathrm{SFT}}(y \mid x) \in \mathbb{R}^{B}, \pi_\phi^{\mathrm{RL}}(x) \in \mathbb{R}^{M}, \beta, \gamma \in \mathbb{R}

\operatorname{objective}(\phi) = E_{(x, y) \sim D_{\pi_\phi^{\mathrm{RL}}}}\left[r_\theta(x, y) - \beta \log\left(\pi_\phi^{\mathrm{RL}}(y \mid x) / \pi^{\mathrm{SFT}}(y \mid x)\right)\right] + \gamma E_{x \sim D_{\text{pretrain}}}\left[\log(\pi_\phi^{\mathrm{RL}}(x))\right]
