% Perplexity of a language model over N tokens: PPL = \exp(-\frac{1}{N}\sum_{i=1}^{N} \log p(w_i | w_{<i}))
% p holds the model's probability of each actual next token
p \in \mathbb{R}^{N}

\mathrm{PPL} = \exp\left(-\frac{1}{N}\sum_{i=1}^{N} \log p_i\right)
\mathrm{PPL}_2 = 2^{-\frac{1}{N}\sum_{i=1}^{N} \log_2 p_i}
