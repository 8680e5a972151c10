% Wikipedia, "Kullback-Leibler divergence" (Multivariate normal distributions) as printed: two k-dimensional
% normals N_0 = N(mu_0, Sigma_0), N_1 = N(mu_1, Sigma_1) (prose). Printing as remembered (not fetched).
\mu_0, \mu_1 \in \mathbb{R}^{k}, \Sigma_0, \Sigma_1 \in \mathbb{R}^{k \times k}

D_\text{KL}\left(\mathcal{N}_0 \parallel \mathcal{N}_1\right) = \frac{1}{2}\left(\operatorname{tr}\left(\Sigma_1^{-1}\Sigma_0\right) - k + \left(\mu_1 - \mu_0\right)^\mathsf{T} \Sigma_1^{-1}\left(\mu_1 - \mu_0\right) + \ln\left(\frac{\det\Sigma_1}{\det\Sigma_0}\right)\right)
