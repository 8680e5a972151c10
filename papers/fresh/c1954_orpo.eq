% ORPO, Hong, Lee & Thorne (EMNLP 2024), Eqs. 4, 6-7: the odds of a response and the odds-ratio loss of one
% preference pair, from memory of the printing; the sequence probabilities P_\theta(y|x) given as numbers
\lambda \in \mathbb{R}, \mathcal{L}_{SFT} \in \mathbb{R}

\mathbf{odds}_\theta(y|x) = \frac{P_\theta(y|x)}{1 - P_\theta(y|x)}
\mathcal{L}_{OR} = -\log \sigma\left( \log \frac{\mathbf{odds}_\theta(y_w|x)}{\mathbf{odds}_\theta(y_l|x)} \right)
\mathcal{L}_{ORPO} = \mathcal{L}_{SFT} + \lambda \cdot \mathcal{L}_{OR}
