% EDM, Karras et al. (NeurIPS 2022), Eq. 7 and Table 1 (from memory): the preconditioned denoiser evaluated for a
% minibatch, per-sample noise levels \sigma (B-vector) and noisy images as rows of x; the raw network output
% F_\theta(c_{in}(\sigma) x; c_{noise}(\sigma)) given as a B x D table (prose)
\boldsymbol{x}, F_\theta(c_{in}(\sigma) \boldsymbol{x}; c_{noise}(\sigma)) \in \mathbb{R}^{B \times D}, \sigma \in \mathbb{R}^{B}, \sigma_{data} \in \mathbb{R}

c_{skip}(\sigma) = \sigma_{data}^2 / (\sigma^2 + \sigma_{data}^2)
c_{out}(\sigma) = \sigma \cdot \sigma_{data} / \sqrt{\sigma_{data}^2 + \sigma^2}
D_\theta(\boldsymbol{x}; \sigma) = c_{skip}(\sigma) \boldsymbol{x} + c_{out}(\sigma) F_\theta(c_{in}(\sigma) \boldsymbol{x}; c_{noise}(\sigma))
