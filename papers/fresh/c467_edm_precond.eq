% EDM, Karras et al. (2022), Table 1 ("Network and preconditioning", ours): the scalings at noise level sigma
\sigma, \sigma_{\text{data}} \in \mathbb{R}

c_{\text{skip}}(\sigma) = \sigma_{\text{data}}^2 / (\sigma^2 + \sigma_{\text{data}}^2)
c_{\text{out}}(\sigma) = \sigma \cdot \sigma_{\text{data}} / \sqrt{\sigma_{\text{data}}^2 + \sigma^2}
c_{\text{in}}(\sigma) = 1 / \sqrt{\sigma^2 + \sigma_{\text{data}}^2}
c_{\text{noise}}(\sigma) = \frac{1}{4}\ln(\sigma)
