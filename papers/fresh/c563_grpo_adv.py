from h import *
rng=np.random.default_rng(563); G=6
r=rng.normal(size=G)
# GRPO implementations (TRL's GRPOTrainer) use torch.std, the unbiased (n-1) estimate
out=(T(r)-T(r).mean())/T(r).std()
run('c563_grpo_adv', {r'\mathbf{r}':r}, out.numpy(), fn=r'\hat{A}')
