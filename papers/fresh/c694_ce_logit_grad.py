from h import *
rng=np.random.default_rng(694); K=5
z=rng.normal(size=K); y=3
Z=T(z).requires_grad_(); l=-torch.log_softmax(Z,0)[y]; l.backward()
run('c694_ce_logit_grad', {'z':z,'y':y}, Z.grad.numpy(), fn='g')
