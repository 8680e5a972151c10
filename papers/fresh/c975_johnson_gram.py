from h import *
rng=np.random.default_rng(975); H,W,C=3,4,5; f=rng.normal(size=(H,W,C))
run('c975_johnson_gram', {r'\phi_j(x)':f}, np.einsum('hwc,hwd->cd',f,f)/(C*H*W), fn=r'G^\phi_j(x)')
