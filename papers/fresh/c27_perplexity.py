from h import *
rng=np.random.default_rng(27); N=9; p=rng.uniform(.05,.9,N)
exp=torch.exp(-torch.log(T(p)).mean())
run('c27_perplexity', {'p':p}, exp.numpy(), fn='\\mathrm{PPL}')
run('c27_perplexity', {'p':p}, exp.numpy(), fn='\\mathrm{PPL}_2')
