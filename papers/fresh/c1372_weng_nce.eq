% Lilian Weng, "Contrastive Representation Learning" (2021), NCE (Gutmann & Hyvarinen) as printed there: the
% log-odds of N data samples and N noise samples
\ell_\theta(\mathbf{x}), \ell_\theta(\tilde{\mathbf{x}}) \in \mathbb{R}^{N}

\mathcal{L}_\text{NCE} = - \frac{1}{N} \sum_{i=1}^N \big[ \log \sigma (\ell_\theta(\mathbf{x}_i)) + \log (1 - \sigma (\ell_\theta(\tilde{\mathbf{x}}_i))) \big]
