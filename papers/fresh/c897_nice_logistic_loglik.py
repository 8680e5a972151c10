from h import *
rng=np.random.default_rng(897); D=5; ph=rng.uniform(0.05,0.3,D); S=np.diag(rng.normal(size=D))+0.1*rng.normal(size=(D,D))
run('c897_nice_logistic_loglik', {r'p_{H_i}(f_i(x))':ph,'S':S}, (torch.log(T(ph))+torch.log(torch.diagonal(T(S)).abs())).sum().numpy())
