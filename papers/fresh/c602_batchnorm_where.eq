% Batch normalisation (Ioffe & Szegedy, 2015, Alg. 1) as a textbook prints it, with the batch
% statistics defined after the line; m activations of one unit
x \in \mathbb{R}^{m}, \epsilon \in \mathbb{R}

\hat{x}_i \triangleq \frac{x_i - \mu}{\sqrt{\sigma^2 + \epsilon}}, \quad \text{where } \mu = \frac{1}{m}\sum_{j=1}^{m} x_j \text{ and } \sigma^2 = \frac{1}{m}\sum_{j=1}^{m}(x_j - \mu)^2
