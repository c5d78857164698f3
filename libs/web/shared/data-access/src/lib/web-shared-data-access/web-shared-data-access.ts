import { Component } from '@angular/core';

@Component({
  selector: 'rh-web-shared-data-access',
  imports: [],
  templateUrl: './web-shared-data-access.html',
  styleUrl: './web-shared-data-access.css',
})
export class WebSharedDataAccess {}
