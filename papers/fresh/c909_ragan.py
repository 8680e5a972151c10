from h import *
rng=np.random.default_rng(909); m=6; cr,cf=rng.normal(size=m)+1,rng.normal(size=m)
Cr,Cf=T(cr),T(cf); dr=torch.sigmoid(Cr-Cf.mean()); df=torch.sigmoid(Cf-Cr.mean())
run('c909_ragan', {'C(x_r)':cr,'C(x_f)':cf}, (-torch.log(dr).mean()-torch.log(1-df).mean()).numpy(), fn='L_D^{RaSGAN}')
