from h import *
Tn=6; al=np.cumprod(1-np.linspace(0.05,0.3,Tn)); eta=0.7
a=np.concatenate([[1.0],al])  # alpha_0 = 1
s=eta*np.sqrt((1-a[:-1])/(1-a[1:]))*np.sqrt(1-a[1:]/a[:-1])
run('c240_ddim_sigma', {r'\alpha':al,r'\eta':eta}, s)
