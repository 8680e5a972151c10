% A learned representation for artistic style, Dumoulin, Shlens & Kudlur (2017), Eq. 5 (conditional instance
% normalisation): x one C x H x W activation, mu and sigma its per-channel mean and standard deviation over
% space (prose, given), gamma_s and beta_s the rows for style s of the S x C parameter matrices (prose)
x \in \mathbb{R}^{C \times H \times W}, \mu, \sigma \in \mathbb{R}^{C}, \gamma, \beta \in \mathbb{R}^{S \times C}, s \in \{0, \dots, S-1\}

z = \gamma_s \left(\frac{x - \mu}{\sigma}\right) + \beta_s
