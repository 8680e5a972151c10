from h import *
rng=np.random.default_rng(1084); B=6; pt,pr=rng.uniform(0.05,0.9,B),rng.uniform(0.05,0.9,B); d=np.array([1,0,1,1,0,0.]); z0,b,lD,lU=0.1,0.5,1.0,1.3
r=torch.log(T(pt)/T(pr)); D=T(d).bool()
v=torch.where(D,lD*torch.sigmoid(b*(r-z0)),lU*torch.sigmoid(b*(z0-r))); ly=torch.where(D,torch.tensor(lD),torch.tensor(lU))
run('c1084_kto', {r'\pi_\theta(y|x)':pt, r'\pi_{\text{ref}}(y|x)':pr, 'd':d, 'z_0':z0, r'\beta':b, r'\lambda_D':lD, r'\lambda_U':lU}, (ly-v).mean().numpy(), fn=r'L_{\text{KTO}}')
