% Hugging Face transformers docs, "Perplexity of fixed-length models" as printed (from memory of the printing): X
% a tokenized sequence of t tokens, log p_theta(x_i | x_{<i}) the model's log-likelihood of token i given the
% preceding ones (prose); given here as one vector of t values
\log p_\theta (x_i|x_{<i}) \in \mathbb{R}^{t}

\text{PPL}(X) = \exp \left\{ {-\frac{1}{t}\sum_i^t \log p_\theta (x_i|x_{<i}) } \right\}
