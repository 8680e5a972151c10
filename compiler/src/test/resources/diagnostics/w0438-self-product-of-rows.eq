% BERT-whitening (Su et al. 2021) as Lilian Weng's survey prints it, without the line that multiplies rows by W
\mathbf{x} \in \mathbb{R}^{N \times d}

\mu = \frac{1}{N}\sum_{i=1}^N \mathbf{x}_i
\Sigma = \frac{1}{N}\sum_{i=1}^N (\mathbf{x}_i - \mu)^\top (\mathbf{x}_i - \mu)
% ~WARNING W0438
