% Karras et al. (2022), EDM, Table 1 preconditioning, pasted from the printing
\sigma, \sigma_{data} \in \mathbb{R}

c_{skip}(\sigma) = \sigma_{data}^2 / (\sigma^2 + \sigma_{data}^2)
c_{out}(\sigma) = \sigma \cdot \sigma_{data} / \sqrt{\sigma_{data}^2 + \sigma^2}
c_{in}(\sigma) = 1 / \sqrt{\sigma^2 + \sigma_{data}^2}
c_{noise}(\sigma) = \frac{1}{4} \ln(\sigma)
