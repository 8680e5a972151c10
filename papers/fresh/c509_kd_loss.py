from h import *
rng=np.random.default_rng(509); K=5; z=rng.normal(size=K); v=rng.normal(size=K); t=3.0
p=torch.softmax(T(v)/t,0); lq=torch.log_softmax(T(z)/t,0)
run('c509_kd_loss', {'z':z,'v':v,'T':t}, (-t*t*(p*lq).sum()).numpy(), fn='C')
